import type { ConsentParty, ConsentScope } from '@rehab/contracts';

/** The consent (samtykke) an act of obtaining or sharing needs: a scope with a party. */
export interface RequiredConsent {
  scope: ConsentScope;
  party: ConsentParty;
}

/** A consent of a case as the job centre announced it; withdrawnAt is null while it stands. */
export interface KnownConsent {
  consentId: string;
  scope: ConsentScope;
  party: ConsentParty;
  withdrawnAt: Date | null;
}

/** given: a consent stands; withdrawn: there was one, and every one is withdrawn; missing: there never was one. */
export type ConsentStanding = 'given' | 'withdrawn' | 'missing';

/** The consent that allows the act: one with the right scope and party that is not withdrawn. */
export function standingConsent(consents: readonly KnownConsent[], required: RequiredConsent): KnownConsent | null {
  // A withdrawal takes effect as soon as it is known, whatever time it names.
  return consents.find((consent) => matches(consent, required) && consent.withdrawnAt === null) ?? null;
}

export function consentStanding(consents: readonly KnownConsent[], required: RequiredConsent): ConsentStanding {
  if (standingConsent(consents, required)) return 'given';
  return consents.some((consent) => matches(consent, required)) ? 'withdrawn' : 'missing';
}

/** The sentence a caseworker reads when an act waits for, or is refused for want of, a consent. */
export function missingConsentText(standing: Exclude<ConsentStanding, 'given'>, required: RequiredConsent): string {
  const what = `consent "${required.scope}" with the party "${required.party}"`;
  return standing === 'withdrawn'
    ? `The citizen withdrew the ${what}.`
    : `The citizen's ${what} is not recorded at the job centre.`;
}

function matches(consent: KnownConsent, required: RequiredConsent): boolean {
  return consent.scope === required.scope && consent.party === required.party;
}
