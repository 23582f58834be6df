import { z } from 'zod';

/**
 * What a citizen's consent (samtykke) allows: obtaining information for the case, or sharing
 * it. The GP correspondence service enforces `share-outcome-with-gp` before it tells the GP.
 */
export const CONSENT_SCOPES = [
  'obtain-gp-certificate', // lægeattest (LÆ 265)
  'obtain-hospital-records', // journaloplysninger fra sygehus
  'obtain-health-records', // other health information, e.g. from a specialist
  'share-outcome-with-gp', // the recommendation and the decision go to the citizen's own GP
  'share-case-information', // case information shared with a named party
] as const;
export const ConsentScopeSchema = z.enum(CONSENT_SCOPES);
export type ConsentScope = z.infer<typeof ConsentScopeSchema>;

/** The party a consent names: who information may be obtained from, or shared with. */
export const CONSENT_PARTIES = [
  'gp',
  'hospital',
  'specialist',
  'region-health-coordinator',
  'social-psychiatry',
  'company-consultant',
  'other-municipality',
] as const;
export const ConsentPartySchema = z.enum(CONSENT_PARTIES);
export type ConsentParty = z.infer<typeof ConsentPartySchema>;

/**
 * How the citizen gave the consent, so that it can be found and shown again: a signed form,
 * orally to the caseworker (noted in the case), or signed digitally with MitID.
 */
export const CONSENT_SOURCES = ['signed-form', 'oral', 'digital-signature'] as const;
export const ConsentSourceSchema = z.enum(CONSENT_SOURCES);
export type ConsentSource = z.infer<typeof ConsentSourceSchema>;

/** Scopes that name their party; a consent for one of them must be with that party. */
export const CONSENT_SCOPE_PARTY: Partial<Record<ConsentScope, ConsentParty>> = {
  'obtain-gp-certificate': 'gp',
  'obtain-hospital-records': 'hospital',
  'share-outcome-with-gp': 'gp',
};
