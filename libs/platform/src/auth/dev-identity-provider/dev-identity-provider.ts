import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importPKCS8, type JWK, SignJWT } from 'jose';
import { createPublicKey } from 'node:crypto';
import { readSecret } from '../../runtime/connection-security';
import { securityHeaders } from '../../http/security-headers';
import type { RuntimeSettings } from '../../runtime/service-definition';
import { DEFAULT_CLAIM_NAMES } from '../principal';
import { BUILT_IN_USERS, type BuiltInUser, findBuiltInClient, findBuiltInUser } from './built-in-users';

export interface DevIdentityProviderOptions {
  settings: RuntimeSettings;
  host: string;
  /** 0 takes a free port. */
  port: number;
  /** The audience its tokens are for; the services' AUTH_AUDIENCE. */
  audience: string;
  /** Let the process end while it still listens (a test process); false unless set. */
  unref?: boolean;
}

export interface RunningDevIdentityProvider {
  /** The issuer: the services' AUTH_ISSUER (its URL unless DEV_IDENTITY_ISSUER names it). */
  issuer: string;
  jwksUrl: string;
  tokenUrl: string;
  /**
   * A token for any principal, signed in this process without a password: for tests that need
   * a role or municipality no built-in user has. Nothing reaches it over HTTP.
   */
  sign(principal: BuiltInUser, claims?: Record<string, unknown>): Promise<string>;
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

/** The built-in service clients' secret unless DEV_IDENTITY_CLIENT_SECRET says otherwise. */
export const DEV_CLIENT_SECRET = 'development-client-secret';

function secretMatches(given: unknown, expected: Buffer): boolean {
  const candidate = Buffer.from(typeof given === 'string' ? given : '');
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

/**
 * The signing key: DEV_IDENTITY_SIGNING_KEY (or its _FILE), an RSA private key in PKCS#8 PEM,
 * so that a test and the processes it starts sign alike; otherwise one generated now.
 */
async function signingKeyOf(settings: RuntimeSettings) {
  const pem = readSecret(settings, 'DEV_IDENTITY_SIGNING_KEY');
  if (!pem) return generateKeyPair(ALGORITHM, { extractable: false });
  const privateKey = await importPKCS8(pem, ALGORITHM);
  return { privateKey, publicKey: createPublicKey(pem) };
}

/**
 * A small OpenID provider for development and tests: discovery, JWKS and a token endpoint
 * (resource-owner password grant for the built-in users, client-credentials grant for the
 * built-in service clients). Its signing key lives only in
 * memory, so tokens stop verifying when it restarts.
 */
export async function startDevIdentityProvider(
  options: DevIdentityProviderOptions,
): Promise<RunningDevIdentityProvider> {
  refuseInProduction(options.settings);
  const password = Buffer.from(options.settings.get('DEV_IDENTITY_PASSWORD', 'development'));
  const clientSecret = Buffer.from(options.settings.get('DEV_IDENTITY_CLIENT_SECRET', DEV_CLIENT_SECRET));
  const tokenLifetimeSeconds = options.settings.number('DEV_IDENTITY_TOKEN_LIFETIME_SECONDS', 3600);
  const { privateKey, publicKey } = await signingKeyOf(options.settings);
  const exported = await exportJWK(publicKey);
  const keyId = await calculateJwkThumbprint(exported);
  const publicJwk: JWK = { ...exported, kid: keyId, alg: ALGORITHM, use: 'sig' };

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  let issuer = '';
  let baseUrl = '';
  const sign = (principal: BuiltInUser, claims: Record<string, unknown> = {}) =>
    new SignJWT({
      ...claims,
      name: principal.name,
      [DEFAULT_CLAIM_NAMES.roles]: principal.roles,
      [DEFAULT_CLAIM_NAMES.municipalities]: principal.municipalities,
      ...(principal.clinics ? { [DEFAULT_CLAIM_NAMES.clinics]: principal.clinics } : {}),
    })
      .setProtectedHeader({ alg: ALGORITHM, kid: keyId, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(options.audience)
      .setSubject(principal.username)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${tokenLifetimeSeconds}s`)
      .sign(privateKey);

  app.get('/.well-known/openid-configuration', (_request: Request, response: Response) => {
    response.json({
      issuer,
      jwks_uri: `${baseUrl}/.well-known/jwks.json`,
      token_endpoint: `${baseUrl}/token`,
      grant_types_supported: ['password', 'client_credentials'],
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: [ALGORITHM],
      token_endpoint_auth_methods_supported: ['none', 'client_secret_post', 'client_secret_basic'],
      claims_supported: [
        'sub',
        'name',
        DEFAULT_CLAIM_NAMES.roles,
        DEFAULT_CLAIM_NAMES.municipalities,
        DEFAULT_CLAIM_NAMES.clinics,
      ],
    });
  });
  app.get('/.well-known/jwks.json', (_request: Request, response: Response) => {
    response.json({ keys: [publicJwk] });
  });
  app.get('/health', (_request: Request, response: Response) => {
    response.json({ status: 'ok' });
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
    // Only refusals count: the limit is against guessing, not against services renewing tokens.
    skipSuccessfulRequests: true,
    message: { error: 'slow_down', error_description: 'Too many sign-in attempts; wait a minute and try again.' },
  });
  app.post(
    '/token',
    tokenLimit,
    express.urlencoded({ extended: false, limit: '4kb' }),
    express.json({ limit: '4kb' }),
    async (request: Request, response: Response) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      let principal: BuiltInUser | undefined;
      if (body.grant_type === 'password') {
        const user = typeof body.username === 'string' ? findBuiltInUser(body.username) : undefined;
        principal = user && secretMatches(body.password, password) ? user : undefined;
        if (!principal) {
          response.status(401).json({ error: 'invalid_grant', error_description: 'Unknown user or wrong password.' });
          return;
        }
      } else if (body.grant_type === 'client_credentials') {
        const [clientId, secret] = clientCredentialsOf(request, body);
        const client = clientId ? findBuiltInClient(clientId) : undefined;
        principal = client && secretMatches(secret, clientSecret) ? client : undefined;
        if (!principal) {
          response.status(401).json({ error: 'invalid_client', error_description: 'Unknown client or wrong secret.' });
          return;
        }
      } else {
        response.status(400).json({
          error: 'unsupported_grant_type',
          error_description: 'Use grant_type=password or grant_type=client_credentials.',
        });
        return;
      }
      const token = await sign(principal);
      response.setHeader('cache-control', 'no-store');
      response.json({ access_token: token, token_type: 'Bearer', expires_in: tokenLifetimeSeconds });
    },
  );

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port, options.host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  if (options.unref) {
    server.unref();
    server.on('connection', (socket) => socket.unref());
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  baseUrl = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
  issuer = options.settings.get('DEV_IDENTITY_ISSUER', baseUrl);
  return {
    issuer,
    jwksUrl: `${baseUrl}/.well-known/jwks.json`,
    tokenUrl: `${baseUrl}/token`,
    sign,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** client_id and client_secret from the form (client_secret_post) or HTTP Basic (client_secret_basic). */
function clientCredentialsOf(request: Request, body: Record<string, unknown>): [string | undefined, unknown] {
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(request.header('authorization') ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
  }
  return [typeof body.client_id === 'string' ? body.client_id : undefined, body.client_secret];
}
