import { CaseReferred, Topics } from '@rehab/contracts';
import { type AccessRole, TEAM_ROLES } from '@rehab/platform';
import { socialPsychiatryService } from '../../../apps/social-psychiatry/src/service-definition';
import { aCaseReferredPayload } from '../../support/event-factories';
import { eventually } from '../../support/environment';
import { bearer } from '../../support/identity';
import { type DepartmentHarness, startDepartment } from '../department-contributions/department-contributions.harness';
import { aReferral, type JobCentreHarness, startJobCentre } from '../job-centre/job-centre.harness';
import { type MeetingHarness, startMeeting } from '../meeting/meeting.harness';

/** The whole team, but of municipality 147: the same roles as the harness uses, another municipality. */
const OTHER_MUNICIPALITY = '147';

async function as147(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  roles: readonly AccessRole[] = TEAM_ROLES,
) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(await bearer(roles, OTHER_MUNICIPALITY)),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text };
}

/** A refusal must not tell the caller which municipality the record belongs to. */
function expectRefusalNamingNoMunicipality(answer: { status: number; text: string }, status: number) {
  expect(answer.status).toBe(status);
  expect(answer.text).not.toContain('101');
}

describe('one municipality never sees or changes another’s records (real PostgreSQL)', () => {
  describe('the job centre', () => {
    let harness: JobCentreHarness;
    let caseId: string;

    beforeAll(async () => {
      harness = await startJobCentre();
      const referred = await harness.request<{ caseId: string }>('POST', '/api/cases', aReferral());
      expect(referred.status).toBe(201);
      caseId = referred.body.caseId;
    });

    afterAll(async () => harness.close());

    it('should answer 404 to a 147 caseworker reading a 101 case, its consents or its preparatory part', async () => {
      for (const path of [
        `/api/cases/${caseId}`,
        `/api/cases/${caseId}/consents`,
        `/api/cases/${caseId}/preparatory-part/versions`,
      ]) {
        expectRefusalNamingNoMunicipality(await as147(harness.url, 'GET', path), 404);
      }
      expect((await harness.request('GET', `/api/cases/${caseId}`)).status).toBe(200);
    });

    it('should write nothing when a 147 caseworker records a consent on a 101 case', async () => {
      const consent = {
        scope: 'share-outcome-with-gp',
        party: 'gp',
        givenAt: '2026-11-02T10:00:00.000Z',
        source: 'signed-form',
        recordedBy: 'cw-147',
      };
      expectRefusalNamingNoMunicipality(
        await as147(harness.url, 'POST', `/api/cases/${caseId}/consents`, consent),
        404,
      );
      const consents = await harness.request<unknown[]>('GET', `/api/cases/${caseId}/consents`);
      expect(consents.body).toEqual([]);
    });

    it('should refuse a 147 caseworker who refers a case for municipality 101', async () => {
      expectRefusalNamingNoMunicipality(await as147(harness.url, 'POST', '/api/cases', aReferral()), 403);
    });
  });

  describe('the meeting service', () => {
    let harness: MeetingHarness;
    let url: string;
    let caseId: string;
    let meetingId: string;

    beforeAll(async () => {
      harness = await startMeeting();
      url = (await harness.app.getUrl()).replace('[::1]', '127.0.0.1');
      caseId = await harness.completeDossier();
      meetingId = await harness.meetingWith(caseId);
    }, 60_000);

    afterAll(async () => harness.close());

    it('should answer 404 to the 147 team for a 101 dossier, timeline, plan and meeting', async () => {
      for (const path of [
        `/api/dossiers/${caseId}`,
        `/api/cases/${caseId}/timeline`,
        `/api/cases/${caseId}/plan`,
        `/api/meetings/${meetingId}`,
        `/api/meetings/${meetingId}/cases/${caseId}/recommendation/draft`,
      ]) {
        expectRefusalNamingNoMunicipality(await as147(url, 'GET', path), 404);
      }
      expect((await harness.request('GET', `/api/dossiers/${caseId}`)).status).toBe(200);
    });

    it('should refuse the 147 team a list of municipality 101 and leave 101’s records out of its own lists', async () => {
      for (const path of ['/api/dossiers?municipality=101', '/api/meetings?municipality=101']) {
        expectRefusalNamingNoMunicipality(await as147(url, 'GET', path), 403);
      }
      const own = await as147(url, 'GET', '/api/dossiers?municipality=147');
      expect(own.status).toBe(200);
      expect(own.text).not.toContain(caseId);
    });

    it('should change nothing when the 147 team records attendance or a GP-certificate absence on 101’s records', async () => {
      const before = await harness.request('GET', `/api/dossiers/${caseId}`);
      expectRefusalNamingNoMunicipality(
        await as147(url, 'POST', `/api/dossiers/${caseId}/gp-certificate-absence`, {
          reason: 'The GP did not answer.',
          recordedBy: 'cw-147',
        }),
        404,
      );
      expectRefusalNamingNoMunicipality(
        await as147(url, 'POST', `/api/meetings/${meetingId}/attendance`, { members: [] }),
        404,
      );
      expect((await harness.request('GET', `/api/dossiers/${caseId}`)).body).toEqual(before.body);
    });
  });

  describe('a department service', () => {
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
    });

    afterAll(async () => department.close());

    it('should answer 404 to a 147 member reading or drafting a 101 contribution, and refuse 101’s queue', async () => {
      const member: AccessRole[] = ['member-social-psychiatry'];
      expectRefusalNamingNoMunicipality(
        await as147(department.url, 'GET', `/api/cases/${caseId}/contribution`, undefined, member),
        404,
      );
      expectRefusalNamingNoMunicipality(
        await as147(department.url, 'PUT', `/api/cases/${caseId}/contribution/draft`, { situation: 'x' }, member),
        404,
      );
      expectRefusalNamingNoMunicipality(
        await as147(department.url, 'GET', '/api/contribution-tasks?municipality=101', undefined, member),
        403,
      );
      const contribution = await department.request<{ draft: unknown }>('GET', `/api/cases/${caseId}/contribution`);
      expect(contribution.body.draft).toBeNull();
    });
  });
});
