import { randomUUID } from 'node:crypto';
import {
  JobCentrePlanItemProgressReported,
  type PayloadOf,
  PlanAdopted,
  ResourceProgrammeActivityStarted,
} from '@rehab/contracts';
import { eventually } from '../../support/environment';
import { aReferral, type JobCentreHarness, publishedEvent, startJobCentre } from './job-centre.harness';

jest.setTimeout(30_000);

function aPlanWithEmploymentItem(caseId: string): PayloadOf<typeof PlanAdopted> {
  return {
    caseId,
    planId: randomUUID(),
    meetingId: randomUUID(),
    version: 1,
    employmentGoal: 'Ten hours a week in a shop.',
    items: [
      {
        itemId: randomUUID(),
        department: 'job-centre',
        description: 'Internship in a shop.',
        ownerId: 'jc-9',
        startsOn: '2027-01-11',
        endsOn: '2027-03-31',
      },
      {
        itemId: randomUUID(),
        department: 'social-psychiatry',
        description: 'Socio-pedagogical support.',
        ownerId: 'sp-4',
        startsOn: '2027-01-11',
        endsOn: '2027-06-30',
      },
    ],
    adoptedBy: 'chair-1',
    adoptedAt: new Date().toISOString(),
  };
}

/** The job centre's employment items of the joint plan, on the real PostgreSQL. */
describe('job centre plan items (real PostgreSQL)', () => {
  let harness: JobCentreHarness;

  beforeAll(async () => {
    harness = await startJobCentre();
  });

  afterAll(async () => {
    await harness.close();
  });

  const receivePlan = async (caseId: string) => {
    const plan = aPlanWithEmploymentItem(caseId);
    await harness.publish(PlanAdopted, plan, { caseId });
    await eventually(async () => (await harness.request('GET', `/api/cases/${caseId}/plan-items`)).status === 200, {
      what: 'the plan to arrive at the job centre',
    });
    return plan;
  };

  const activityStartedAt = async (caseId: string) =>
    (await harness.request<{ activityStartedAt: string | null }>('GET', `/api/cases/${caseId}`)).body.activityStartedAt;

  it('should record the resource programme’s first activity when its employment item is reported started', async () => {
    const caseId = (await harness.request<{ caseId: string }>('POST', '/api/cases', aReferral())).body.caseId;
    await harness.decide(caseId);
    const plan = await receivePlan(caseId);
    const { body } = await harness.request<{ items: { itemId: string }[] }>('GET', `/api/cases/${caseId}/plan-items`);
    expect(body.items.map((item) => item.itemId)).toEqual([plan.items[0]?.itemId]);

    const reported = await harness.request('POST', `/api/plan-items/${plan.items[0]?.itemId}/progress`, {
      status: 'started',
      reportedBy: 'jc-9',
    });
    expect(reported.status).toBe(201);
    expect(await activityStartedAt(caseId)).not.toBeNull();
    const [progress] = await publishedEvent(harness, JobCentrePlanItemProgressReported, caseId);
    expect(progress?.payload).toMatchObject({ itemId: plan.items[0]?.itemId, status: 'started', reportedBy: 'jc-9' });
    await publishedEvent(harness, ResourceProgrammeActivityStarted, caseId);

    // The re-presentation checker no longer sees the case as awaiting its first activity.
    const [row] = await harness.query<{ activity_started_at: Date | null }>(
      'SELECT activity_started_at FROM $schema.rehabilitation_case WHERE id = $1',
      [caseId],
    );
    expect(row?.activity_started_at).not.toBeNull();
  });

  it('should record only the progress when the case is not a decided resource programme', async () => {
    const caseId = (
      await harness.request<{ caseId: string }>('POST', '/api/cases', aReferral({ caseType: 'flex-job' }))
    ).body.caseId;
    await harness.decide(caseId, { outcome: 'flex-job' });
    const plan = await receivePlan(caseId);
    const reported = await harness.request('POST', `/api/plan-items/${plan.items[0]?.itemId}/progress`, {
      status: 'started',
      reportedBy: 'jc-9',
    });
    expect(reported.status).toBe(201);
    expect(await activityStartedAt(caseId)).toBeNull();
    await publishedEvent(harness, JobCentrePlanItemProgressReported, caseId);
  });

  it('should keep the first activity when a second employment report of started follows', async () => {
    const caseId = (await harness.request<{ caseId: string }>('POST', '/api/cases', aReferral())).body.caseId;
    await harness.decide(caseId);
    const plan = await receivePlan(caseId);
    const itemId = plan.items[0]?.itemId ?? '';
    await harness.request('POST', `/api/plan-items/${itemId}/progress`, { status: 'started', reportedBy: 'jc-9' });
    const first = await activityStartedAt(caseId);
    const again = await harness.request('POST', `/api/plan-items/${itemId}/progress`, {
      status: 'started',
      note: 'Moved to another shop.',
      reportedBy: 'jc-9',
    });
    expect(again.status).toBe(201);
    expect(await activityStartedAt(caseId)).toBe(first);
  });
});
