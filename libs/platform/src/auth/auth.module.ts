import { Module } from '@nestjs/common';
import { RuntimeSettings } from '../runtime/service-definition';
import { AccessGuard } from './access.guard';
import { authSettingsFrom } from './auth-settings';
import { BearerTokenVerifier } from './bearer-token-verifier';

/**
 * Bearer-token verification and the deny-by-default guard. Registering AccessGuard as the
 * application's guard (APP_GUARD) switches enforcement on; until then routes only declare.
 */
@Module({
  providers: [
    {
      provide: BearerTokenVerifier,
      inject: [RuntimeSettings],
      useFactory: (settings: RuntimeSettings) => {
        const auth = authSettingsFrom(settings);
        if (!auth) throw new Error('AUTH_ISSUER is not set: the service cannot verify sign-in tokens.');
        return new BearerTokenVerifier(auth);
      },
    },
    AccessGuard,
  ],
  exports: [BearerTokenVerifier, AccessGuard],
})
export class AuthModule {}
