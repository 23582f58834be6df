import { generateKeyPairSync } from 'node:crypto';
import {
  type AccessRole,
  DEV_CLIENT_SECRET,
  type RunningDevIdentityProvider,
  RuntimeSettings,
  startDevIdentityProvider,
  TEAM_ROLES,
} from '@rehab/platform';

/** The audience test tokens name and test services accept. */
export const TEST_AUDIENCE = 'rehab';

/** The issuer test tokens name, whichever process signs them. */
export const TEST_ISSUER = 'http://rehab-test-identity.invalid';

/**
 * One signing key per test process, handed to the identity providers the test starts in child
 * processes (npm start, the standalone provider), so tokenFor's tokens verify there too.
 */
const SIGNING_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

/** What an identity provider in a child process needs to sign as the tests do. */
export function identityProviderEnvironment(): Record<string, string> {
  return { DEV_IDENTITY_SIGNING_KEY: SIGNING_KEY, DEV_IDENTITY_ISSUER: TEST_ISSUER };
}

let provider: Promise<RunningDevIdentityProvider> | undefined;

/**
 * The development identity provider, started once per test process on a free port. Tests
 * sign tokens through it directly (tokenFor) and services verify them against its keys, so a
 * test goes through the very verification production does.
 */
export function testIdentityProvider(): Promise<RunningDevIdentityProvider> {
  provider ??= startDevIdentityProvider({
    settings: new RuntimeSettings(identityProviderEnvironment()),
    host: '127.0.0.1',
    port: 0,
    audience: TEST_AUDIENCE,
    unref: true,
  });
  return provider;
}

/** The sign-in settings a service under test gets: trust the test identity provider. */
export async function testAuthSettings(): Promise<Record<string, string>> {
  const running = await testIdentityProvider();
  return {
    AUTH_ISSUER: running.issuer,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    AUTH_JWKS_URL: running.jwksUrl,
    AUTH_TOKEN_URL: running.tokenUrl,
    AUTH_CLIENT_SECRET: DEV_CLIENT_SECRET,
  };
}

export interface TokenOptions {
  /** The subject (user id); `<role>-<municipality>` unless given. */
  userId?: string;
  /** Further claims, e.g. a GP's clinic (SOR) number. */
  claims?: Record<string, unknown>;
}

/**
 * A bearer token for one role (or several) in one municipality. The one way tests sign in:
 * role-by-endpoint checks ask for one role, harnesses for the whole team.
 */
export async function tokenFor(
  roles: AccessRole | readonly AccessRole[],
  municipality: string | readonly string[] = '101',
  options: TokenOptions = {},
): Promise<string> {
  const list = typeof roles === 'string' ? [roles] : [...roles];
  const municipalities = typeof municipality === 'string' ? [municipality] : [...municipality];
  const running = await testIdentityProvider();
  return running.sign(
    {
      username: options.userId ?? `${list.join('+')}-${municipalities.join('+')}`,
      name: 'Test person',
      roles: list,
      municipalities,
    },
    options.claims,
  );
}

/** An Authorization header for tokenFor's principal. */
export async function bearer(
  roles: AccessRole | readonly AccessRole[],
  municipality: string | readonly string[] = '101',
  options: TokenOptions = {},
): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await tokenFor(roles, municipality, options)}` };
}

/**
 * The whole rehabilitation team of municipality 101 in one principal (plus the GP and the
 * operator): for feature tests that exercise a workflow rather than who may do it. Who may do
 * what is proven role by role in test/integration/security.
 */
export const WHOLE_TEAM: readonly AccessRole[] = [...TEAM_ROLES, 'general-practitioner', 'operator', 'service'];

/** Every GP clinic (SOR code) the test data send messages to: the whole team's GP works for all. */
export const TEST_GP_CLINICS = [
  '123456789012',
  '987654321098',
  '111111111111',
  '123456789012345',
  '265161000016000',
  '953741000016009',
  '1042981000016003',
  '5790000209354',
  '5790001348120',
];

/** The Authorization header of the whole team (see WHOLE_TEAM), as the given user. */
export function asWholeTeam(userId = 'team-101'): Promise<{ authorization: string }> {
  return bearer(WHOLE_TEAM, '101', { userId, claims: { sor_codes: TEST_GP_CLINICS } });
}
