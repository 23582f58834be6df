import type { JWTPayload } from 'jose';
import { type AccessRole, isAccessRole } from '../access/roles';

/** Who a verified bearer token says the caller is. */
export interface Principal {
  userId: string;
  /** Person roles, or the service role for a machine caller. */
  roles: AccessRole[];
  /** Municipality codes (kommunekoder); the principal may touch only records of these. */
  municipalities: string[];
  /**
   * The GP clinics (SOR codes) a general practitioner works for, from the clinics claim; a GP
   * sees only messages to these. Absent when the token names none.
   */
  clinics?: string[];
}

/** Where in the token a municipality's identity provider puts roles and municipalities. */
export interface ClaimNames {
  roles: string;
  municipalities: string;
  clinics?: string;
}

export const DEFAULT_CLAIM_NAMES = {
  roles: 'roles',
  municipalities: 'municipalities',
  clinics: 'sor_codes',
} as const satisfies ClaimNames;

const SOR_CODE = /^\d{6,18}$/;

const MUNICIPALITY_CODE = /^[0-9]{3}$/;

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

export class InvalidPrincipalError extends Error {}

/**
 * Maps verified claims to a principal. Unknown role names are dropped rather than trusted: an
 * identity provider may know roles of other systems. A token without a subject, without one of
 * our roles or without a municipality gives no principal at all.
 */
export function principalFromClaims(claims: JWTPayload, names: ClaimNames = DEFAULT_CLAIM_NAMES): Principal {
  const userId = claims.sub;
  if (!userId) throw new InvalidPrincipalError('The token names no subject (sub).');
  const roles = [...new Set(stringsOf(claims[names.roles]).filter(isAccessRole))];
  if (roles.length === 0)
    throw new InvalidPrincipalError(`The token carries none of this system's roles in "${names.roles}".`);
  const municipalities = [
    ...new Set(stringsOf(claims[names.municipalities]).filter((code) => MUNICIPALITY_CODE.test(code))),
  ];
  if (municipalities.length === 0) {
    throw new InvalidPrincipalError(`The token names no municipality code in "${names.municipalities}".`);
  }
  const clinics = [
    ...new Set(stringsOf(claims[names.clinics ?? DEFAULT_CLAIM_NAMES.clinics]).filter((code) => SOR_CODE.test(code))),
  ];
  return { userId, roles, municipalities, ...(clinics.length > 0 ? { clinics } : {}) };
}
