import { consentStanding, type KnownConsent, missingConsentText, standingConsent } from './consent-standing';

const shareWithGp = { scope: 'share-outcome-with-gp', party: 'gp' } as const;
const consent = (overrides: Partial<KnownConsent> = {}): KnownConsent => ({
  consentId: 'c-1',
  ...shareWithGp,
  withdrawnAt: null,
  ...overrides,
});

describe('consentStanding', () => {
  it('should be missing when the case has no consent at all', () => {
    expect(consentStanding([], shareWithGp)).toBe('missing');
  });

  it('should be missing when the consents name another scope or another party', () => {
    const others = [
      consent({ scope: 'obtain-gp-certificate' }),
      consent({ scope: 'share-case-information', party: 'social-psychiatry' }),
    ];
    expect(consentStanding(others, shareWithGp)).toBe('missing');
  });

  it('should be given by a consent of the scope and party that is not withdrawn', () => {
    expect(consentStanding([consent()], shareWithGp)).toBe('given');
  });

  it('should be withdrawn at once when its only consent is withdrawn, whatever time the withdrawal names', () => {
    const later = new Date(Date.now() + 60_000);
    expect(consentStanding([consent({ withdrawnAt: later })], shareWithGp)).toBe('withdrawn');
  });

  it('should be given again by a new consent after a withdrawn one', () => {
    const consents = [consent({ withdrawnAt: new Date() }), consent({ consentId: 'c-2' })];
    expect(consentStanding(consents, shareWithGp)).toBe('given');
    expect(standingConsent(consents, shareWithGp)?.consentId).toBe('c-2');
  });
});

describe('missingConsentText', () => {
  it('should name the scope and the party, and say whether it was withdrawn or never recorded', () => {
    expect(missingConsentText('missing', shareWithGp)).toBe(
      'The citizen\'s consent "share-outcome-with-gp" with the party "gp" is not recorded at the job centre.',
    );
    expect(missingConsentText('withdrawn', shareWithGp)).toBe(
      'The citizen withdrew the consent "share-outcome-with-gp" with the party "gp".',
    );
  });
});
