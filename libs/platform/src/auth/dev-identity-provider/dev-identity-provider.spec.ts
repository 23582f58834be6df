import { ROLES } from '../../access/roles';
import { RuntimeSettings } from '../../runtime/service-definition';
import { authSettingsFrom } from '../auth-settings';
import { BearerTokenVerifier } from '../bearer-token-verifier';
import { BUILT_IN_USERS, DEMO_MUNICIPALITY, SECOND_MUNICIPALITY } from './built-in-users';
import {
  DEV_CLIENT_SECRET,
  ProductionRefusalError,
  type RunningDevIdentityProvider,
  startDevIdentityProvider,
} from './dev-identity-provider';

describe('development identity provider', () => {
  let provider: RunningDevIdentityProvider;

  beforeAll(async () => {
    provider = await startDevIdentityProvider({
      settings: new RuntimeSettings({ DEV_IDENTITY_TOKEN_RATE_LIMIT_PER_MINUTE: '12' }),
      host: '127.0.0.1',
      port: 0,
      audience: 'rehab',
    });
  });

  afterAll(async () => provider.close());

  const token = (username: string, password = 'development') =>
    fetch(`${provider.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', username, password }).toString(),
    });

  it('should have one user per role in the demo municipality and one in a second municipality', () => {
    for (const role of ROLES) {
      expect(
        BUILT_IN_USERS.filter((user) => user.roles.includes(role) && user.municipalities.includes(DEMO_MUNICIPALITY)),
      ).toHaveLength(1);
    }
    expect(BUILT_IN_USERS.filter((user) => user.municipalities.includes(SECOND_MUNICIPALITY))).toHaveLength(1);
  });

  it('should publish a discovery document naming its issuer, keys and token endpoint', async () => {
    const discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery).toMatchObject({
      issuer: provider.issuer,
      jwks_uri: provider.jwksUrl,
      token_endpoint: `${provider.issuer}/token`,
    });
  });

  it('should issue a token the services verify when a built-in user signs in', async () => {
    const response = await token('coordinating-caseworker-147');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string; token_type: string };
    expect(body.token_type).toBe('Bearer');
    const verifier = new BearerTokenVerifier(
      authSettingsFrom(new RuntimeSettings({ AUTH_ISSUER: provider.issuer, AUTH_AUDIENCE: 'rehab' }))!,
    );
    await expect(verifier.verify(body.access_token)).resolves.toEqual({
      userId: 'coordinating-caseworker-147',
      roles: ['coordinating-caseworker'],
      municipalities: ['147'],
    });
  });

  it('should refuse a wrong password and an unknown user alike', async () => {
    const wrongPassword = await token('chair', 'guess');
    const unknownUser = await token('nobody');
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownUser.json());
  });

  it('should refuse a grant type it does not offer', async () => {
    const response = await fetch(`${provider.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code', code: 'x' }),
    });
    expect(response.status).toBe(400);
  });

  it('should give a built-in service client a token with the service role only when its secret is right', async () => {
    const grant = (secret: string) =>
      fetch(`${provider.issuer}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`gp-correspondence:${secret}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
      });
    expect((await grant('guess')).status).toBe(401);
    const response = await grant(DEV_CLIENT_SECRET);
    expect(response.status).toBe(200);
    const { access_token: token } = (await response.json()) as { access_token: string };
    const verifier = new BearerTokenVerifier(
      authSettingsFrom(new RuntimeSettings({ AUTH_ISSUER: provider.issuer, AUTH_AUDIENCE: 'rehab' }))!,
    );
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'gp-correspondence', roles: ['service'] });
  });

  it('should never give a person the service role when the built-in users are listed', () => {
    expect(BUILT_IN_USERS.flatMap((user) => user.roles)).not.toContain('service');
  });

  it('should slow down sign-in attempts when they exceed the rate limit', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 14; attempt += 1) statuses.push((await token('chair', 'guess')).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(12);
  });

  it.each([
    ['NODE_ENV', 'production'],
    ['REHAB_ENVIRONMENT', 'Production'],
  ])('should refuse to start when %s says %s', async (name, value) => {
    const starting = startDevIdentityProvider({
      settings: new RuntimeSettings({ [name]: value }),
      host: '127.0.0.1',
      port: 0,
      audience: 'rehab',
    });
    await expect(starting).rejects.toThrow(ProductionRefusalError);
    await expect(starting).rejects.toThrow(`${name}=production`);
  });
});
