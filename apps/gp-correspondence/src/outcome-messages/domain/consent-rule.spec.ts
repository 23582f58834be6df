import type { KnownConsent } from '@rehab/platform';
import { holdExplanation, holdReasonOf, requiredConsentOf } from './consent-rule';
import { pendingReasonOf } from './outcome-message';

const given = (scope: KnownConsent['scope'], withdrawnAt: Date | null = null): KnownConsent => ({
  consentId: `${scope}-1`,
  scope,
  party: 'gp',
  withdrawnAt,
});

describe('requiredConsentOf', () => {
  it('should ask the consent to share the outcome for an outcome, its correction and its forward', () => {
    for (const activity of ['new-message', 'modified-message', 'forward-message'] as const) {
      expect(requiredConsentOf({ purpose: 'outcome', activity })).toEqual({
        scope: 'share-outcome-with-gp',
        party: 'gp',
      });
    }
  });

  it('should ask the consent to obtain the certificate for the certificate request', () => {
    expect(requiredConsentOf({ purpose: 'gp-certificate-request', activity: 'new-message' })).toEqual({
      scope: 'obtain-gp-certificate',
      party: 'gp',
    });
  });

  it('should ask no consent for a retraction, which shares nothing new', () => {
    expect(requiredConsentOf({ purpose: 'outcome', activity: 'retract-message' })).toBeNull();
  });
});

describe('holdReasonOf', () => {
  const outcome = requiredConsentOf({ purpose: 'outcome', activity: 'new-message' });

  it('should hold an outcome message when the consent to share it is missing', () => {
    expect(holdReasonOf([], outcome)).toBe('consent-missing');
  });

  it('should not take the consent to obtain the certificate as consent to share the outcome', () => {
    expect(holdReasonOf([given('obtain-gp-certificate')], outcome)).toBe('consent-missing');
  });

  it('should let an outcome message go with the consent to share it', () => {
    expect(holdReasonOf([given('share-outcome-with-gp')], outcome)).toBeNull();
  });

  it('should hold it again once the consent is withdrawn', () => {
    expect(holdReasonOf([given('share-outcome-with-gp', new Date())], outcome)).toBe('consent-withdrawn');
  });

  it('should never hold what needs no consent', () => {
    expect(holdReasonOf([], null)).toBeNull();
  });
});

describe('the held message as a caseworker reads it', () => {
  it('should be pending for want of consent, before anything else it may wait for', () => {
    expect(pendingReasonOf({ status: 'pending', recipientSorCode: null, heldReason: 'consent-missing' })).toBe(
      'awaiting-consent',
    );
    expect(pendingReasonOf({ status: 'sent', recipientSorCode: '123', heldReason: null })).toBeNull();
  });

  it('should say what consent is missing and that the message goes once it is recorded', () => {
    expect(holdExplanation('consent-missing', { scope: 'share-outcome-with-gp', party: 'gp' })).toBe(
      'Held, not sent: The citizen\'s consent "share-outcome-with-gp" with the party "gp" is not recorded at the job centre. ' +
        'It is sent as soon as the consent is recorded.',
    );
  });
});
