import {
  DEV_CLIENT_SECRET,
  type RunningDevIdentityProvider,
  RuntimeSettings,
  startDevIdentityProvider,
} from '@rehab/platform';

/** The audience the development identity provider's tokens name, and the services accept. */
export const DEV_AUDIENCE = 'rehab';

/** The sign-in settings every service gets when it trusts the development identity provider. */
export function devAuthSettings(provider: RunningDevIdentityProvider): Record<string, string> {
  return {
    AUTH_ISSUER: provider.issuer,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUTH_JWKS_URL: provider.jwksUrl,
    AUTH_TOKEN_URL: provider.tokenUrl,
    AUTH_CLIENT_SECRET: DEV_CLIENT_SECRET,
  };
}

/**
 * Starts the development identity provider unless the environment names another issuer
 * (AUTH_ISSUER): then the services trust that one and no built-in users exist.
 */
export async function startDevIdentityUnlessConfigured(
  settings: RuntimeSettings,
  host: string,
  port: number,
): Promise<RunningDevIdentityProvider | undefined> {
  if (settings.optional('AUTH_ISSUER')) return undefined;
  return startDevIdentityProvider({ settings, host, port, audience: DEV_AUDIENCE });
}
