import type { GpMessageHoldReason } from '@rehab/contracts';
import { consentStanding, type KnownConsent, missingConsentText, type RequiredConsent } from '@rehab/platform';
import type { OutgoingActivity, OutgoingPurpose } from './outcome-message';

const SHARE_OUTCOME_WITH_GP: RequiredConsent = { scope: 'share-outcome-with-gp', party: 'gp' };
const OBTAIN_GP_CERTIFICATE: RequiredConsent = { scope: 'obtain-gp-certificate', party: 'gp' };

/**
 * The consent a message to a GP needs before it may go. The request for the GP certificate
 * asks the GP for health information, so it needs the consent to obtain it; an outcome, its
 * correction and its forward share the case outside the municipality, so they need the consent
 * to share the outcome. A retraction shares nothing new, it takes back what was shared, so it
 * never waits: it is what a citizen who withdraws their consent would want to go out.
 */
export function requiredConsentOf(message: {
  purpose: OutgoingPurpose;
  activity: OutgoingActivity;
}): RequiredConsent | null {
  if (message.purpose === 'gp-certificate-request') return OBTAIN_GP_CERTIFICATE;
  if (message.activity === 'retract-message') return null;
  return SHARE_OUTCOME_WITH_GP;
}

/** Why a message must be held, or null when it may go. */
export function holdReasonOf(
  consents: readonly KnownConsent[],
  required: RequiredConsent | null,
): GpMessageHoldReason | null {
  if (required === null) return null;
  const standing = consentStanding(consents, required);
  return standing === 'given' ? null : standing === 'withdrawn' ? 'consent-withdrawn' : 'consent-missing';
}

/** The sentence a caseworker reads on a held message. */
export function holdExplanation(reason: GpMessageHoldReason, required: RequiredConsent): string {
  const why = missingConsentText(reason === 'consent-withdrawn' ? 'withdrawn' : 'missing', required);
  return `Held, not sent: ${why} It is sent as soon as the consent is recorded.`;
}
