import { randomUUID } from 'node:crypto';
import {
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
});
