import { randomUUID } from 'node:crypto';
import { CaseReferred, HealthAssessmentSubmitted, Topics } from '@rehab/contracts';
import type { Role } from '@rehab/platform';
import { socialPsychiatryService } from '../../../apps/social-psychiatry/src/service-definition';
import { eventually } from '../../support/environment';
import { aCaseReferredPayload } from '../../support/event-factories';
import { bearer } from '../../support/identity';
import { type DepartmentHarness, startDepartment } from '../department-contributions/department-contributions.harness';
import { type MeetingHarness, startMeeting } from '../meeting/meeting.harness';

async function getAs<T>(baseUrl: string, path: string, role: Role): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, { headers: await bearer(role) });
  return { status: response.status, body: (await response.json()) as T };
}

interface DossierBody {
  healthDataWithheld: string | null;
  gpCertificate: { status: string; documentReference: string | null };
  contributions: { department: string; status: string; current: { content: Record<string, string> } | null }[];
}

describe('need to know: health data and department drafts (real PostgreSQL)', () => {
  describe('the meeting dossier', () => {
    let harness: MeetingHarness;
    let url: string;
    let caseId: string;

    beforeAll(async () => {
      harness = await startMeeting();
      url = (await harness.app.getUrl()).replace('[::1]', '127.0.0.1');
      caseId = await harness.completeDossier();
      await harness.publish(
        HealthAssessmentSubmitted,
        {
          caseId,
          contributionId: randomUUID(),
          version: 1,
          submittedBy: 'hc-4',
          submittedAt: new Date().toISOString(),
          assessment: 'Kroniske smerter i lænden.',
          workImplications: 'Kan arbejde siddende.',
          treatmentOptions: 'Fysioterapi.',
        },
        caseId,
      );
      await eventually(
        async () =>
          (await getAs<DossierBody>(url, `/api/dossiers/${caseId}`, 'chair')).body.contributions.find(
            (contribution) => contribution.department === 'health-coordinator' && contribution.current,
          ),
        { what: 'the health assessment in the dossier' },
      );
    }, 60_000);

    afterAll(async () => harness.close());

    it('should show the health assessment and GP certificate reference to the chair, who may read health data', async () => {
      const { status, body } = await getAs<DossierBody>(url, `/api/dossiers/${caseId}`, 'chair');
      expect(status).toBe(200);
      expect(body.healthDataWithheld).toBeNull();
      expect(JSON.stringify(body.contributions)).toContain('Kroniske smerter i lænden.');
      expect(body.gpCertificate.documentReference).toBe('doc-lae265-1');
    });

    it.each<Role>(['minute-taker', 'member-social-psychiatry', 'member-company-consultant', 'member-job-centre'])(
      'should give the %s the dossier without health data, clearly marked',
      async (role) => {
        const { status, body } = await getAs<DossierBody>(url, `/api/dossiers/${caseId}`, role);
        expect(status).toBe(200);
        expect(body.healthDataWithheld).toMatch(/^Withheld: health data/);
        const health = body.contributions.find((contribution) => contribution.department === 'health-coordinator');
        expect(health).toMatchObject({ status: 'submitted', current: { content: {} } });
        expect(body.gpCertificate).toMatchObject({ status: 'received', documentReference: null });
        expect(JSON.stringify(body)).not.toContain('Kroniske smerter i lænden.');
        // The rest of the dossier is there (its content subject to the citizen's consent to share).
        expect(body.contributions.find((contribution) => contribution.department === 'job-centre')).toMatchObject({
          status: 'submitted',
        });
      },
    );
  });

  describe('a department’s draft', () => {
    let department: DepartmentHarness;
    let caseId: string;

    beforeAll(async () => {
      department = await startDepartment(socialPsychiatryService, Topics.socialPsychiatryContributions);
      const payload = aCaseReferredPayload();
      caseId = payload.caseId;
      await department.publish(CaseReferred, payload, payload);
      await eventually(
        async () => (await department.request('GET', `/api/cases/${caseId}/contribution`)).status === 200,
        {
          what: 'the contribution task to open',
        },
      );
      const saved = await fetch(`${department.url}/api/cases/${caseId}/contribution/draft`, {
        method: 'PUT',
        headers: { ...(await bearer('member-social-psychiatry')), 'content-type': 'application/json' },
        body: JSON.stringify({ socialConditions: 'Udkast: bor alene.' }),
      });
      expect(saved.status).toBe(200);
    });

    afterAll(async () => department.close());

    it('should show the draft to the department that writes it', async () => {
      const { body } = await getAs<{ draft: unknown }>(
        department.url,
        `/api/cases/${caseId}/contribution`,
        'member-social-psychiatry',
      );
      expect(JSON.stringify(body.draft)).toContain('Udkast: bor alene.');
    });

    it.each<Role>(['coordinating-caseworker', 'chair', 'decision-maker'])(
      'should hide the draft from the %s, who sees only submitted versions',
      async (role) => {
        const { status, body } = await getAs<{ draft: unknown; versions: unknown[] }>(
          department.url,
          `/api/cases/${caseId}/contribution`,
          role,
        );
        expect(status).toBe(200);
        expect(body.draft).toBeNull();
        expect(body.versions).toEqual([]);
      },
    );
  });
});
