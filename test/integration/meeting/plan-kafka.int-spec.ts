import { CompanyConsultantPlanItemProgressReported, PlanAdopted } from '@rehab/contracts';
import { KafkaTransport } from '@rehab/messaging';
import { eventually, testKafkaBrokers } from '../../support/environment';
import { type MeetingHarness, publishedEvent, startMeeting } from './meeting.harness';
import { aPlan, aProgressReport, type PlanBody, recommendedCase } from './plan.support';

jest.setTimeout(60_000);

/** The plan goes out and the departments' progress comes back over the real Kafka broker. */
describe('the one plan and its progress (real PostgreSQL and Kafka)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting({
      transport: new KafkaTransport({ brokers: testKafkaBrokers(), clientId: 'meeting-plan-test', partitions: 3 }),
    });
  });

  afterAll(async () => {
    await harness.close();
  });

  it('should publish the plan on Kafka and show the progress a department reports on Kafka', async () => {
    const { caseId, meetingId } = await recommendedCase(harness, 'job-clarification');
    const adopted = await harness.request<PlanBody>('POST', `/api/meetings/${meetingId}/cases/${caseId}/plan`, aPlan());
    expect(adopted.status).toBe(201);

    const event = await publishedEvent(harness, PlanAdopted, caseId);
    expect(event.payload).toMatchObject({ planId: adopted.body.planId, version: 1 });
    const internship = event.payload.items.find((item) => item.department === 'company-consultant')!;

    await harness.publish(
      CompanyConsultantPlanItemProgressReported,
      aProgressReport({ caseId, planId: event.payload.planId, itemId: internship.itemId, note: 'Praktik startet' }),
      caseId,
    );

    const shown = await eventually(
      async () => {
        const { body } = await harness.request<PlanBody>('GET', `/api/cases/${caseId}/plan`);
        const item = body.items.find((candidate) => candidate.itemId === internship.itemId);
        return item?.status === 'started' && item;
      },
      { what: 'the progress on the internship' },
    );
    expect(shown.latestProgress).toMatchObject({ status: 'started', note: 'Praktik startet', reportedBy: 'company-1' });
  });
});
