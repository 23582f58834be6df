import { ConsentRecorded, ConsentWithdrawn } from '@rehab/contracts';
import { eventually } from '../../support/environment';
import { aConsentRecordedPayload } from '../../support/event-factories';
import { bearer } from '../../support/identity';
import { type MeetingHarness, startMeeting } from './meeting.harness';

interface DossierBody {
  personId: string;
  consentWithheld: string | null;
  contributions: { department: string; current: { content: Record<string, string> } | null }[];
}

/** Sharing between departments: a department member sees the others' contributions only with the citizen's consent. */
describe('the dossier shared with a department under the citizen’s consent (real PostgreSQL)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting();
  });

  afterAll(async () => {
    await harness.close();
  });

  const dossierAsCompanyConsultant = async (caseId: string) => {
    const url = (await harness.app.getUrl()).replace('[::1]', '127.0.0.1');
    const response = await fetch(`${url}/api/dossiers/${caseId}`, {
      headers: await bearer('member-company-consultant'),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as DossierBody;
  };
  const preparatoryPartOf = (dossier: DossierBody) =>
    dossier.contributions.find((contribution) => contribution.department === 'job-centre')?.current?.content;

  it('should withhold the job centre’s part until the consent to share with the company consultant, and again after its withdrawal', async () => {
    const caseId = await harness.completeDossier();
    const withheld = await dossierAsCompanyConsultant(caseId);
    expect(preparatoryPartOf(withheld)).toEqual({});
    expect(withheld.consentWithheld).toContain('consent to share case information with company-consultant');
    const subject = { caseId, personId: withheld.personId };

    const given = aConsentRecordedPayload(subject, { scope: 'share-case-information', party: 'company-consultant' });
    await harness.publish(ConsentRecorded, given, caseId);
    const shared = await eventually(
      async () => {
        const dossier = await dossierAsCompanyConsultant(caseId);
        return dossier.consentWithheld === null && dossier;
      },
      { what: 'the dossier shared under the consent' },
    );
    expect(preparatoryPartOf(shared)?.educationAndJobGoals).toBe('Lagerarbejde på deltid.');

    await harness.publish(
      ConsentWithdrawn,
      {
        consentId: given.consentId,
        caseId,
        personId: subject.personId,
        scope: given.scope,
        party: given.party,
        withdrawnAt: new Date().toISOString(),
        withdrawnBy: 'cw-1',
      },
      caseId,
    );
    const withdrawn = await eventually(
      async () => {
        const dossier = await dossierAsCompanyConsultant(caseId);
        return dossier.consentWithheld !== null && dossier;
      },
      { what: 'the dossier withheld again after the withdrawal' },
    );
    expect(preparatoryPartOf(withdrawn)).toEqual({});
  });
});
