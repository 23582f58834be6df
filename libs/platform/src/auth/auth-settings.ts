import type { RuntimeSettings } from '../runtime/service-definition';
import { type ClaimNames, DEFAULT_CLAIM_NAMES } from './principal';

/** How a service verifies bearer tokens: whose tokens, for whom, and where the keys are. */
export interface AuthSettings {
  issuer: string;
  audience: string;
  jwksUrl: URL;
  claims: ClaimNames;
  /** Tolerated clock difference to the identity provider, in seconds. */
  clockToleranceSeconds: number;
}

/**
 * Reads AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL (default: the issuer's
 * /.well-known/jwks.json), and the claim names AUTH_ROLES_CLAIM and AUTH_MUNICIPALITIES_CLAIM.
 * Returns undefined when no issuer is configured, so the caller decides whether that is allowed.
 */
export function authSettingsFrom(settings: RuntimeSettings): AuthSettings | undefined {
  const issuer = settings.optional('AUTH_ISSUER');
  if (!issuer) return undefined;
  const audience = settings.optional('AUTH_AUDIENCE');
  if (!audience) throw new Error('AUTH_AUDIENCE must be set when AUTH_ISSUER is set');
  const jwks = settings.get('AUTH_JWKS_URL', `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`);
  let jwksUrl: URL;
  try {
    jwksUrl = new URL(jwks);
  } catch {
    throw new Error('AUTH_JWKS_URL must be an absolute URL');
  }
  return {
    issuer,
    audience,
    jwksUrl,
    claims: {
      roles: settings.get('AUTH_ROLES_CLAIM', DEFAULT_CLAIM_NAMES.roles),
      municipalities: settings.get('AUTH_MUNICIPALITIES_CLAIM', DEFAULT_CLAIM_NAMES.municipalities),
      clinics: settings.get('AUTH_CLINICS_CLAIM', DEFAULT_CLAIM_NAMES.clinics),
    },
    clockToleranceSeconds: settings.number('AUTH_CLOCK_TOLERANCE_SECONDS', 30),
  };
}
