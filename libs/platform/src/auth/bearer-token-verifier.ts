import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { AuthSettings } from './auth-settings';
import { InvalidPrincipalError, type Principal, principalFromClaims } from './principal';

/** Why a token was refused, in words that help the caller and reveal nothing of the token. */
export class TokenRefusedError extends Error {}

/** The identity provider's keys could not be fetched: not the caller's fault. */
export class IdentityProviderUnavailableError extends Error {}

/** Algorithms a municipality's identity provider may sign with; never "none", never a shared secret. */
const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/**
 * Verifies OIDC-compatible JWT bearer tokens against the configured issuer's published keys
 * (JWKS, fetched and cached by jose, refetched when an unknown key id turns up).
 */
export class BearerTokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: AuthSettings) {
    this.keys = createRemoteJWKSet(settings.jwksUrl);
  }

  async verify(token: string): Promise<Principal> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ASYMMETRIC_ALGORITHMS,
        clockTolerance: this.settings.clockToleranceSeconds,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
        throw new IdentityProviderUnavailableError("The identity provider's signing keys could not be fetched.");
      }
      throw new TokenRefusedError(reasonFor(error));
    }
    try {
      return principalFromClaims(payload, this.settings.claims);
    } catch (error) {
      if (error instanceof InvalidPrincipalError) throw new TokenRefusedError(error.message);
      throw error;
    }
  }
}

function reasonFor(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The bearer token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The bearer token's ${error.claim} claim is not accepted.`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The bearer token signature does not verify.';
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'The bearer token is signed with a key the issuer does not publish.';
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'The bearer token is signed with an algorithm that is not accepted.';
  return 'The bearer token is not valid.';
}
