import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Principal } from '@rehab/platform';

/**
 * The clinics (SOR codes) whose messages the signed-in GP may see: the clinics their token
 * names, or just the one they ask for if it is one of those. A GP sees only messages about
 * their own patients, which is to say messages to their own clinic.
 */
export function clinicsToList(principal: Principal, asked: string | undefined): string[] {
  const own = principal.clinics ?? [];
  if (own.length === 0) {
    throw new ForbiddenException('Your sign-in names no GP clinic (SOR code), so there is no inbox to show.');
  }
  if (asked === undefined) return own;
  if (!own.includes(asked)) throw new ForbiddenException('You may list only the messages to your own clinic.');
  return [asked];
}

/** A message to another clinic is answered as if it did not exist. */
export function requireOwnClinic(principal: Principal, recipientSorCode: string | null): void {
  if (!recipientSorCode || !(principal.clinics ?? []).includes(recipientSorCode)) {
    throw new NotFoundException('No message with that id is in your inbox.');
  }
}
