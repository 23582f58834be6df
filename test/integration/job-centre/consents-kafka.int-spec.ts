import { ConsentRecorded, ConsentWithdrawn, ResourceProgrammeExtended } from '@rehab/contracts';
import { KafkaTransport } from '@rehab/messaging';
import { testKafkaBrokers } from '../../support/environment';
import { aReferral, type JobCentreHarness, publishedEvent, startJobCentre } from './job-centre.harness';

jest.setTimeout(60_000);

/** The consent and extension flows once more, with the job centre's events travelling over the real Kafka broker. */
describe('job centre consents and extensions over HTTP (real PostgreSQL and Kafka)', () => {
  let harness: JobCentreHarness;

  beforeAll(async () => {
    harness = await startJobCentre({
      transport: new KafkaTransport({ brokers: testKafkaBrokers(), clientId: 'job-centre-test', partitions: 3 }),
    });
  });

  afterAll(async () => {
    await harness.close();
  });

  it('should publish the consent and its withdrawal on Kafka keyed by case when a consent is recorded and withdrawn', async () => {
    const referred = await harness.request<{ caseId: string }>('POST', '/api/cases', aReferral());
    const caseId = referred.body.caseId;
    const recorded = await harness.request<{ consentId: string }>('POST', `/api/cases/${caseId}/consents`, {
      scope: 'obtain-gp-certificate',
      party: 'gp',
      givenAt: new Date().toISOString(),
      source: 'oral',
      recordedBy: 'cw-17',
    });
    expect(recorded.status).toBe(201);
    const withdrawn = await harness.request(
      'POST',
      `/api/cases/${caseId}/consents/${recorded.body.consentId}/withdrawal`,
      {
        withdrawnBy: 'cw-17',
      },
    );
    expect(withdrawn.status).toBe(200);

    const [consentRecorded] = await publishedEvent(harness, ConsentRecorded, caseId);
    const [consentWithdrawn] = await publishedEvent(harness, ConsentWithdrawn, caseId);
    expect(consentRecorded?.payload.consentId).toBe(recorded.body.consentId);
    expect(consentWithdrawn?.payload.consentId).toBe(recorded.body.consentId);
  });

  it('should publish the extension on Kafka when a resource programme decided over Kafka is extended', async () => {
    const referred = await harness.request<{ caseId: string }>('POST', '/api/cases', aReferral());
    const caseId = referred.body.caseId;
    await harness.decide(caseId);
    const extended = await harness.request<{ extensionId: string }>('POST', `/api/cases/${caseId}/extensions`, {
      nothingNew: true,
      reason: 'Nothing new has happened.',
      decisionMakerId: 'dm-3',
      recordedBy: 'cw-17',
    });
    expect(extended.status).toBe(201);
    const [event] = await publishedEvent(harness, ResourceProgrammeExtended, caseId);
    expect(event?.payload).toMatchObject({ extensionId: extended.body.extensionId, decisionMakerId: 'dm-3' });
  });
});
