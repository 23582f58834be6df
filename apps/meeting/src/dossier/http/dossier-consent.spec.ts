import type { KnownConsent } from '@rehab/platform';
import { dossierSharedWith } from './dossier-consent';
import { aDossier } from './dossier-view.fixture';

const everyDepartment = (): ReturnType<typeof aDossier> =>
  aDossier([
    ['job-centre', 'Wants to work.'],
    ['health-coordinator', 'Back pain.'],
    ['social-psychiatry', 'Lives alone.'],
    ['company-consultant', 'Internship in retail.'],
  ]);
const sharingWith = (party: KnownConsent['party'], withdrawnAt: Date | null = null): KnownConsent => ({
  consentId: `share-${party}`,
  scope: 'share-case-information',
  party,
  withdrawnAt,
});
const contentsOf = (dossier: ReturnType<typeof aDossier>) =>
  Object.fromEntries(
    dossier.contributions.map((contribution) => [contribution.department, contribution.current?.content]),
  );

describe('dossierSharedWith', () => {
  it('should show a department member only their own contribution, and say which consent is missing, without consent', () => {
    const dossier = dossierSharedWith(['member-social-psychiatry'], [], everyDepartment());
    expect(contentsOf(dossier)).toEqual({
      'job-centre': {},
      'health-coordinator': {},
      'social-psychiatry': { assessment: 'Lives alone.' },
      'company-consultant': {},
    });
    expect(dossier.consentWithheld).toBe(
      "Withheld: the citizen's consent to share case information with social-psychiatry is not recorded, or was " +
        'withdrawn; the other departments\' contributions are shown once the consent "share-case-information" with ' +
        'that party is recorded at the job centre.',
    );
    // That the others contributed, and when, is not withheld.
    expect(dossier.contributions.map((contribution) => contribution.status)).toEqual(Array(4).fill('submitted'));
  });

  it('should show the other departments’ contributions once the citizen consented to sharing with the member’s department', () => {
    const dossier = dossierSharedWith(
      ['member-company-consultant'],
      [sharingWith('company-consultant')],
      everyDepartment(),
    );
    expect(dossier.consentWithheld).toBeNull();
    expect(contentsOf(dossier)['social-psychiatry']).toEqual({ assessment: 'Lives alone.' });
  });

  it('should not take consent to share with another department as consent for the member’s own', () => {
    const dossier = dossierSharedWith(
      ['member-company-consultant'],
      [sharingWith('social-psychiatry')],
      everyDepartment(),
    );
    expect(contentsOf(dossier)['job-centre']).toEqual({});
  });

  it('should withhold again at once when the consent is withdrawn', () => {
    const consents = [sharingWith('region-health-coordinator', new Date())];
    const dossier = dossierSharedWith(['health-coordinator'], consents, everyDepartment());
    expect(contentsOf(dossier)['company-consultant']).toEqual({});
    expect(contentsOf(dossier)['health-coordinator']).toEqual({ assessment: 'Back pain.' });
  });

  it('should show everything to the roles that run the case, who need no consent to share between departments', () => {
    for (const roles of [
      ['coordinating-caseworker'],
      ['chair'],
      ['member-social-psychiatry', 'minute-taker'],
    ] as const) {
      const dossier = dossierSharedWith(roles, [], everyDepartment());
      expect(dossier.consentWithheld).toBeNull();
      expect(contentsOf(dossier)['company-consultant']).toEqual({ assessment: 'Internship in retail.' });
    }
  });
});
