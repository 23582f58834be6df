import { DecisionPending, RecommendationAdopted } from '@rehab/contracts';
import { KafkaTransport } from '@rehab/messaging';
import { testKafkaBrokers } from '../../support/environment';
import { type ErrorBody, fullAttendance, type MeetingHarness, publishedEvent, startMeeting } from './meeting.harness';

jest.setTimeout(60_000);

/** The quorum and pension rules once more, with the events travelling over the real Kafka broker. */
describe('meeting rules over HTTP (real PostgreSQL and Kafka)', () => {
  let harness: MeetingHarness;

  beforeAll(async () => {
    harness = await startMeeting({
      transport: new KafkaTransport({ brokers: testKafkaBrokers(), clientId: 'meeting-test', partitions: 3 }),
    });
  });

  afterAll(async () => {
    await harness.close();
  });

  it('should refuse without quorum, then adopt a pension recommendation and publish the pending decision on Kafka', async () => {
    const caseId = await harness.completeDossier({ caseType: 'disability-pension' });
    const meetingId = await harness.meetingWith(caseId);
    const recommendationPath = `/api/meetings/${meetingId}/cases/${caseId}/recommendation`;
    const pension = {
      outcome: 'disability-pension',
      text: 'Teamet indstiller førtidspension.',
      adoptedBy: 'chair-1',
      employmentFactors: 'Ingen tilknytning til arbejdsmarkedet i 6 år.',
      socialFactors: 'Bor alene med socialpædagogisk støtte.',
      healthFactors: 'Progressiv sklerose.',
      workCapacityReasoning: 'Sygdommen er progressiv, og alle indsatser er afprøvet.',
    };

    const withoutQuorum = await harness.request<ErrorBody>('POST', recommendationPath, pension);
    expect(withoutQuorum.status).toBe(422);
    expect(withoutQuorum.body.message).toMatch(/no quorum/);

    await harness.request('POST', `/api/meetings/${meetingId}/attendance`, fullAttendance());
    expect((await harness.request('POST', recommendationPath, pension)).status).toBe(201);
    const pending = await harness.request('POST', `/api/meetings/${meetingId}/cases/${caseId}/decision/pending`, {
      owner: 'pension-unit-2',
      dueDate: '2099-12-01',
    });
    expect(pending.status).toBe(201);

    const adopted = await publishedEvent(harness, RecommendationAdopted, caseId);
    expect(adopted.payload.pensionGrounds?.workCapacityReasoning).toBe(pension.workCapacityReasoning);
    expect((await publishedEvent(harness, DecisionPending, caseId)).payload.owner).toBe('pension-unit-2');
  });
});
