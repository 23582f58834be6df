import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { securityHeaders } from '../../http/security-headers';
import type { RuntimeSettings } from '../../runtime/service-definition';
import { DEFAULT_CLAIM_NAMES } from '../principal';
import { BUILT_IN_USERS, findBuiltInUser } from './built-in-users';

export interface DevIdentityProviderOptions {
  settings: RuntimeSettings;
  host: string;
  /** 0 takes a free port. */
  port: number;
  /** The audience its tokens are for; the services' AUTH_AUDIENCE. */
  audience: string;
}

export interface RunningDevIdentityProvider {
  /** The issuer URL: the services' AUTH_ISSUER. */
  issuer: string;
  jwksUrl: string;
  close(): Promise<void>;
}

export class ProductionRefusalError extends Error {}

/** The development identity provider must never hold a real municipality's sign-in. */
export function refuseInProduction(settings: RuntimeSettings): void {
  for (const name of ['NODE_ENV', 'REHAB_ENVIRONMENT']) {
    if (settings.optional(name)?.toLowerCase() === 'production') {
      throw new ProductionRefusalError(
        `The development identity provider refuses to start because ${name}=production. Its users and ` +
          'password are public; point AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL at the municipality’s own identity provider instead.',
      );
    }
  }
}

const ALGORITHM = 'RS256';

/**
 * A small OpenID provider for development and tests: discovery, JWKS and a token endpoint
 * (resource-owner password grant) for the built-in users. Its signing key lives only in
 * memory, so tokens stop verifying when it restarts.
 */
export async function startDevIdentityProvider(
  options: DevIdentityProviderOptions,
): Promise<RunningDevIdentityProvider> {
  refuseInProduction(options.settings);
  const password = Buffer.from(options.settings.get('DEV_IDENTITY_PASSWORD', 'development'));
  const tokenLifetimeSeconds = options.settings.number('DEV_IDENTITY_TOKEN_LIFETIME_SECONDS', 3600);
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM);
  const keyId = randomUUID();
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid: keyId, alg: ALGORITHM, use: 'sig' };

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  let issuer = '';

  app.get('/.well-known/openid-configuration', (_request: Request, response: Response) => {
    response.json({
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      token_endpoint: `${issuer}/token`,
      grant_types_supported: ['password'],
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: [ALGORITHM],
      token_endpoint_auth_methods_supported: ['none'],
      claims_supported: ['sub', 'name', DEFAULT_CLAIM_NAMES.roles, DEFAULT_CLAIM_NAMES.municipalities],
    });
  });
  app.get('/.well-known/jwks.json', (_request: Request, response: Response) => {
    response.json({ keys: [publicJwk] });
  });
  app.get('/users', (_request: Request, response: Response) => {
    response.json(BUILT_IN_USERS);
  });

  // Guessing passwords is what a token endpoint invites; the web sign-in gets its own limit.
  const tokenLimit = rateLimit({
    windowMs: 60_000,
    limit: options.settings.number('DEV_IDENTITY_TOKEN_RATE_LIMIT_PER_MINUTE', 30),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { error: 'slow_down', error_description: 'Too many sign-in attempts; wait a minute and try again.' },
  });
  app.post(
    '/token',
    tokenLimit,
    express.urlencoded({ extended: false, limit: '4kb' }),
    express.json({ limit: '4kb' }),
    async (request: Request, response: Response) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (body.grant_type !== 'password') {
        response.status(400).json({ error: 'unsupported_grant_type', error_description: 'Use grant_type=password.' });
        return;
      }
      const user = typeof body.username === 'string' ? findBuiltInUser(body.username) : undefined;
      const given = Buffer.from(typeof body.password === 'string' ? body.password : '');
      if (!user || given.length !== password.length || !timingSafeEqual(given, password)) {
        response.status(401).json({ error: 'invalid_grant', error_description: 'Unknown user or wrong password.' });
        return;
      }
      const token = await new SignJWT({
        name: user.name,
        [DEFAULT_CLAIM_NAMES.roles]: user.roles,
        [DEFAULT_CLAIM_NAMES.municipalities]: user.municipalities,
      })
        .setProtectedHeader({ alg: ALGORITHM, kid: keyId, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(options.audience)
        .setSubject(user.username)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(`${tokenLifetimeSeconds}s`)
        .sign(privateKey);
      response.setHeader('cache-control', 'no-store');
      response.json({ access_token: token, token_type: 'Bearer', expires_in: tokenLifetimeSeconds });
    },
  );

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port, options.host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  issuer = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
