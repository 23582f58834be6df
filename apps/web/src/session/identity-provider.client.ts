import { Injectable } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';

/** The identity provider refused the sign-in (wrong user or password). */
export class SignInRefused extends Error {}

/** The identity provider could not be reached or failed. */
export class IdentityProviderUnavailable extends Error {}

/**
 * Signs a person in at the identity provider (resource-owner password grant) and returns the
 * bearer token the pages then send to the services for them. The token endpoint is
 * AUTH_TOKEN_URL, or AUTH_ISSUER's /token.
 */
@Injectable()
export class IdentityProviderClient {
  private readonly tokenUrl: string | undefined;

  constructor(private readonly settings: RuntimeSettings) {
    const issuer = settings.optional('AUTH_ISSUER');
    this.tokenUrl = settings.optional('AUTH_TOKEN_URL') ?? (issuer ? `${issuer.replace(/\/$/, '')}/token` : undefined);
  }

  async passwordGrant(username: string, password: string): Promise<string> {
    if (!this.tokenUrl) throw new IdentityProviderUnavailable('AUTH_ISSUER or AUTH_TOKEN_URL is not set.');
    let response: Response;
    try {
      response = await fetch(this.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'password', username, password }),
        signal: AbortSignal.timeout(this.settings.number('AUTH_TOKEN_TIMEOUT_MS', 5000)),
      });
    } catch {
      throw new IdentityProviderUnavailable('The identity provider did not answer.');
    }
    const body = (await response.json().catch(() => null)) as { access_token?: unknown } | null;
    if (response.status === 400 || response.status === 401) throw new SignInRefused('Unknown user or wrong password.');
    if (!response.ok || typeof body?.access_token !== 'string') {
      throw new IdentityProviderUnavailable(`The identity provider answered HTTP ${response.status}.`);
    }
    return body.access_token;
  }
}
