import helmet from 'helmet';

/**
 * Security headers on every answer (helmet's defaults: a same-origin content security
 * policy, no MIME sniffing, no framing, no referrer across origins, HSTS). Requests are not
 * upgraded to https here: TLS ends at the municipality's proxy, and the development run is
 * plain http on the loopback, where an upgrade would only break the pages' own assets.
 */
export function securityHeaders() {
  return helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
}
