import { ForbiddenException } from '@nestjs/common';
import type { Principal } from './principal';

/** Whether the principal may touch a record of the given municipality: only one of its own. */
export function mayTouchMunicipality(principal: Principal, municipality: string): boolean {
  return principal.municipalities.includes(municipality);
}

/**
 * Refuses a record of another municipality. The message does not name the record's
 * municipality, so a refusal tells the caller nothing about another municipality's citizens.
 */
export function requireOwnMunicipality(principal: Principal, municipality: string): void {
  if (!mayTouchMunicipality(principal, municipality)) {
    throw new ForbiddenException('The record belongs to a municipality you do not work for.');
  }
}
