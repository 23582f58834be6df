import { randomUUID } from 'node:crypto';
import {
  CaseReferred,
  CompanyConsultantContributionOverdue,
  HealthAssessmentSubmitted,
  HealthCoordinatorContributionOverdue,
} from '@rehab/contracts';
import { eventually } from '../../support/environment';
import { type MeetingHarness, startMeeting } from './meeting.harness';

interface OverdueView {
  department: string;
  overdue: number;
  stillMissing: number;
}

const overdueAnnouncement = (
  overrides: Partial<{ caseId: string; contributionId: string; meetingId: string }> = {},
) => ({
  caseId: randomUUID(),
  contributionId: randomUUID(),
  meetingId: randomUUID(),
  meetingStartsAt: '2026-12-03T08:00:00.000Z',
  deadline: '2026-12-01T08:00:00.000Z',
  ...overrides,
});

describe('overdue contributions in the statistics (real PostgreSQL)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting();
  });

  afterAll(async () => {
    await harness.close();
  });

  const overdueOf = async (municipality: string) =>
    (
      await harness.request<{ overdueContributions: OverdueView[] }>(
        'GET',
        `/api/statistics?municipality=${municipality}`,
      )
    ).body.overdueContributions;

  it('should count each overdue contribution once per department and say which are still missing', async () => {
    const late = overdueAnnouncement();
    await harness.publish(CompanyConsultantContributionOverdue, late, late.caseId);
    await harness.publish(CompanyConsultantContributionOverdue, late, late.caseId);
    await harness.publish(CompanyConsultantContributionOverdue, overdueAnnouncement(), late.caseId);
    const health = overdueAnnouncement();
    await harness.publish(HealthCoordinatorContributionOverdue, health, health.caseId);
    // The health coordinator's contribution arrives after its deadline after all.
    await harness.publish(
      HealthAssessmentSubmitted,
      {
        caseId: health.caseId,
        contributionId: health.contributionId,
        version: 1,
        submittedBy: 'hc-4',
        submittedAt: '2026-12-02T08:00:00.000Z',
        assessment: 'Kroniske smerter.',
        workImplications: 'Kan arbejde siddende.',
        treatmentOptions: 'Fysioterapi.',
      },
      health.caseId,
    );

    const counted = await eventually(
      async () => {
        const rows = await harness.query<{ count: string }>('SELECT count(*) AS count FROM $schema.inbox_message');
        const received = await harness.query('SELECT 1 FROM $schema.contribution_version WHERE contribution_id = $1', [
          health.contributionId,
        ]);
        return Number(rows[0]?.count) >= 5 && received.length === 1 && overdueOf('101');
      },
      { what: 'the overdue announcements and the late contribution' },
    );
    expect(counted).toEqual([
      { department: 'health-coordinator', overdue: 1, stillMissing: 0 },
      { department: 'social-psychiatry', overdue: 0, stillMissing: 0 },
      { department: 'company-consultant', overdue: 2, stillMissing: 2 },
    ]);
    expect((await overdueOf('147')).every((view) => view.overdue === 0)).toBe(true);
  });

  it('should show the meeting, the latest due date and what the department announced overdue when an incomplete case is scheduled', async () => {
    const caseId = randomUUID();
    await harness.publish(
      CaseReferred,
      {
        caseId,
        personId: randomUUID(),
        caseType: 'flex-job',
        coordinatingCaseworkerId: 'cw-1',
        requiredDepartments: ['job-centre', 'company-consultant'],
        generalPractitioner: { sorCode: '123456789012', name: 'Lægerne' },
        referredAt: new Date().toISOString(),
      },
      caseId,
    );
    await eventually(async () => (await harness.request('GET', `/api/dossiers/${caseId}`)).status === 200, {
      what: 'the referral in the dossier',
    });
    const meetingId = await harness.meetingWith(caseId);
    const dossierOf = async () =>
      (
        await harness.request<{
          status: string;
          scheduledMeeting: { meetingId: string; startsAt: string } | null;
          contributions: { department: string; status: string; dueBy: string | null; overdue: boolean }[];
        }>('GET', `/api/dossiers/${caseId}`)
      ).body;

    const scheduled = await dossierOf();
    expect(scheduled.status).toBe('incomplete');
    expect(scheduled.scheduledMeeting).toEqual({ meetingId, startsAt: '2026-12-03T08:00:00.000Z' });
    expect(scheduled.contributions).toEqual([
      expect.objectContaining({ department: 'job-centre', dueBy: '2026-12-03T08:00:00.000Z', overdue: false }),
      expect.objectContaining({ department: 'company-consultant', dueBy: '2026-12-03T08:00:00.000Z', overdue: false }),
    ]);

    const late = overdueAnnouncement({ caseId, meetingId });
    await harness.publish(CompanyConsultantContributionOverdue, late, caseId);
    const overdue = await eventually(
      async () => {
        const body = await dossierOf();
        return body.contributions.some((contribution) => contribution.overdue) && body;
      },
      { what: 'the overdue announcement in the dossier' },
    );
    expect(overdue.contributions.find((contribution) => contribution.department === 'company-consultant')).toEqual(
      expect.objectContaining({ status: 'missing', dueBy: '2026-12-01T08:00:00.000Z', overdue: true }),
    );
  });
});
