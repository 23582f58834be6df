import type { RuntimeSettings } from '../runtime/service-definition';
import { readSecret } from '../runtime/connection-security';

/** A service could not get its own token: not the caller's fault, and nothing to retry at once. */
export class ServiceTokenUnavailableError extends Error {}

/** Renew this long before the token expires, so a call never leaves with a token about to lapse. */
const RENEW_BEFORE_MS = 60_000;

/**
 * The bearer token a service sends when it calls another service on its own behalf (OAuth 2
 * client-credentials grant against AUTH_ISSUER's token endpoint, or AUTH_TOKEN_URL). The client
 * is AUTH_CLIENT_ID (the service's name unless set) with AUTH_CLIENT_SECRET (or
 * AUTH_CLIENT_SECRET_FILE). The token is kept until shortly before it expires.
 */
export class ServiceTokenSource {
  private cached: { token: string; renewAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly settings: RuntimeSettings,
    private readonly defaultClientId: string,
  ) {}

  async token(): Promise<string> {
    if (this.cached && Date.now() < this.cached.renewAt) return this.cached.token;
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** The Authorization header value for a call to another service. */
  async authorization(): Promise<string> {
    return `Bearer ${await this.token()}`;
  }

  private async fetchToken(): Promise<string> {
    const issuer = this.settings.optional('AUTH_ISSUER');
    const tokenUrl =
      this.settings.optional('AUTH_TOKEN_URL') ?? (issuer ? `${issuer.replace(/\/$/, '')}/token` : undefined);
    const secret = readSecret(this.settings, 'AUTH_CLIENT_SECRET');
    if (!tokenUrl || !secret) {
      throw new ServiceTokenUnavailableError(
        'AUTH_ISSUER (or AUTH_TOKEN_URL) and AUTH_CLIENT_SECRET must be set for this service to call another.',
      );
    }
    const clientId = this.settings.get('AUTH_CLIENT_ID', this.defaultClientId);
    let response: Response;
    try {
      response = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
        signal: AbortSignal.timeout(this.settings.number('AUTH_TOKEN_TIMEOUT_MS', 5000)),
      });
    } catch {
      throw new ServiceTokenUnavailableError('The identity provider did not answer the service token request.');
    }
    const body = (await response.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null;
    if (!response.ok || typeof body?.access_token !== 'string') {
      throw new ServiceTokenUnavailableError(
        `The identity provider refused the service token (HTTP ${response.status}).`,
      );
    }
    const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : 300) * 1000;
    this.cached = { token: body.access_token, renewAt: Date.now() + Math.max(lifetimeMs - RENEW_BEFORE_MS, 0) };
    return body.access_token;
  }
}
