import { randomUUID } from 'node:crypto';
import { ALL_EVENTS, deadLetterTopicFor, physicalTopic, Topics, type TopicName } from '@rehab/contracts';
import { eventually, testDatabaseUrl, testKafkaBrokers, uniqueName } from '../support/environment';
import { http } from './support/http-client';
import { KafkaInspector } from './support/kafka-inspection';
import { assertNoCprIn } from './support/privacy-scan';
import {
  type RunningProcess,
  SERVICE_NAMES,
  type ServiceName,
  type ServiceProcesses,
  type ServiceUrls,
  startServiceProcesses,
} from './support/service-processes';
import { aCitizenCpr, driveThinFlow, type ThinFlowResult } from './support/thin-flow';

jest.setTimeout(180_000);

/** Which services consume which topics; each consumed topic must dead-letter what it cannot read. */
const CONSUMERS: Record<TopicName, ServiceName[]> = {
  [Topics.jobCentreCases]: [
    'health-coordinator',
    'social-psychiatry',
    'company-consultant',
    'meeting',
    'gp-correspondence',
  ],
  [Topics.healthCoordinatorContributions]: ['meeting'],
  [Topics.socialPsychiatryContributions]: ['meeting'],
  [Topics.companyConsultantContributions]: ['meeting'],
  // Departments set deadlines from case-scheduled; the meeting service reads its own topic to place cases.
  [Topics.meetings]: [
    'job-centre',
    'health-coordinator',
    'social-psychiatry',
    'company-consultant',
    'meeting',
    'gp-correspondence',
  ],
  [Topics.gpCorrespondence]: ['meeting'],
  // A meeting's own steps are announced for whoever follows meetings; no service consumes them yet.
  [Topics.meetingProceedings]: [],
};

interface DeadLetter {
  sourceTopic: string;
  reason: string;
}

describe('the six services as separate processes on Kafka and PostgreSQL', () => {
  const prefix = uniqueName('e2e').replace('_', '-');
  let urls: ServiceUrls;
  const processes: RunningProcess[] = [];
  const inspector = new KafkaInspector(testKafkaBrokers());
  const cpr = aCitizenCpr();
  let flow: ThinFlowResult;
  let services: ServiceProcesses;

  beforeAll(async () => {
    services = await startServiceProcesses({
      databaseUrl: testDatabaseUrl(),
      brokers: testKafkaBrokers(),
      prefix,
      environment: {
        OUTBOX_POLL_INTERVAL_MS: '500',
      },
    });
    urls = services.urls;
    processes.push(...services.processes);
  });

  afterAll(async () => {
    await services?.stop();
    await inspector.close();
  });

  it('should refuse an invalid body with a 400 that names every field at fault', async () => {
    const response = await http<{ message: string; errors: { field: string; problems: string[] }[] }>(
      'POST',
      `${urls['job-centre']}/api/cases`,
      { municipality: '1x', cpr: '12', caseType: 'holiday', generalPractitioner: { sorCode: 'abc' } },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error) => error.field).sort()).toEqual(
      [
        'caseType',
        'coordinatingCaseworkerId',
        'cpr',
        'generalPractitioner.name',
        'generalPractitioner.sorCode',
        'municipality',
      ].sort(),
    );
    const meeting = await http<{ errors: { field: string }[] }>('POST', `${urls.meeting}/api/meetings`, {
      municipality: '101',
    });
    expect(meeting.status).toBe(400);
    expect(meeting.body.errors.map((error) => error.field)).toEqual(expect.arrayContaining(['startsAt', 'chairId']));
  });

  it('should dead-letter bad JSON, a wrong schema and an unknown type on every consumed topic, with the reason', async () => {
    for (const topic of Object.values(Topics)) {
      const typeOnTopic = ALL_EVENTS.find((definition) => definition.topic === topic);
      const envelope = {
        eventId: randomUUID(),
        type: typeOnTopic?.type,
        schemaVersion: 1,
        occurredAt: new Date().toISOString(),
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'service', id: 'e2e' },
        subjectId: randomUUID(),
        caseId: randomUUID(),
        municipality: '101',
        payload: { caseId: 'not-a-uuid' },
      };
      const physical = physicalTopic(topic, prefix);
      await inspector.publishRaw(physical, envelope.caseId, '{"eventId": ');
      await inspector.publishRaw(physical, envelope.caseId, JSON.stringify(envelope));
      await inspector.publishRaw(
        physical,
        envelope.caseId,
        JSON.stringify({ ...envelope, eventId: randomUUID(), type: 'job-centre.case-teleported' }),
      );
    }
    for (const [topic, consumers] of Object.entries(CONSUMERS)) {
      const physical = physicalTopic(topic, prefix);
      for (const service of consumers) {
        const letters = await eventually(
          async () => {
            const response = await http<DeadLetter[]>('GET', `${urls[service]}/api/operations/dead-letters?limit=100`);
            const forTopic = response.body.filter((letter) => letter.sourceTopic === physical);
            return forTopic.length >= 3 && forTopic;
          },
          { timeoutMs: 30_000, what: `${service} to dead-letter three messages from ${topic}` },
        );
        const reasons = letters.map((letter) => letter.reason).join('\n');
        expect(reasons).toContain('message value is not valid JSON');
        expect(reasons).toMatch(/payload of [a-z-]+\.[a-z-]+ is invalid: caseId/);
        expect(reasons).toContain('unknown event type "job-centre.case-teleported"');
      }
    }
    const deadLetterTopic = physicalTopic(deadLetterTopicFor('meeting'), prefix);
    const onTopic = (await inspector.readAll(prefix)).filter((record) => record.topic === deadLetterTopic);
    const topicsMeetingConsumes = Object.values(CONSUMERS).filter((consumers) => consumers.includes('meeting')).length;
    expect(onTopic).toHaveLength(3 * topicsMeetingConsumes);
    for (const letter of onTopic) {
      expect(letter.headers['dead-letter-reason']).not.toHaveLength(0);
      expect(letter.headers['dead-letter-original-topic']).toContain(prefix);
      expect(letter.headers['dead-letter-original-partition']).toMatch(/^\d+$/);
      expect(letter.headers['dead-letter-original-offset']).toMatch(/^\d+$/);
    }
  });

  it('should carry a case from referral through every department and the meeting to the GP acknowledgement', async () => {
    flow = await driveThinFlow(urls, cpr);
    expect(flow.timelineKinds).toEqual(
      expect.arrayContaining([
        'referred',
        'contribution-submitted',
        'dossier-completed',
        'case-scheduled',
        'recommendation-adopted',
        'decision-recorded',
        'gp-outcome-sent',
        'gp-outcome-acknowledged',
      ]),
    );
    const message = await http<{ bundle: { type: string; entry: { resource: { resourceType: string } }[] } }>(
      'GET',
      `${urls['gp-correspondence']}/api/outcome-messages/${flow.outcomeMessageId}`,
    );
    expect(message.status).toBe(200);
    expect(message.body.bundle.type).toBe('message');
    expect(message.body.bundle.entry[0].resource.resourceType).toBe('MessageHeader');
  });

  it('should apply a redelivered decision only once', async () => {
    const meetingTopic = physicalTopic(Topics.meetings, prefix);
    const decision = (await inspector.readAll(prefix)).find(
      (record) =>
        record.topic === meetingTopic &&
        record.headers['event-type'] === 'meeting.decision-recorded' &&
        record.key === flow.caseId,
    );
    expect(decision).toBeDefined();
    await inspector.publishRaw(meetingTopic, decision!.key, decision!.value);
    // Wait until the GP service's consumer group has committed past the duplicate.
    const end = (await inspector.readAll(prefix)).filter(
      (record) => record.topic === meetingTopic && record.partition === decision!.partition,
    ).length;
    await eventually(
      async () =>
        (await inspector.committedOffset(`${prefix}.gp-correspondence`, meetingTopic, decision!.partition)) >= end,
      { timeoutMs: 30_000, what: 'the GP service to consume the duplicate' },
    );
    const messages = await http<unknown[]>(
      'GET',
      `${urls['gp-correspondence']}/api/outcome-messages?caseId=${flow.caseId}`,
    );
    expect(messages.body).toHaveLength(1);
  });

  it('should keep the CPR number out of logs, Kafka keys, headers and values', async () => {
    const records = await inspector.readAll(prefix);
    expect(records.length).toBeGreaterThan(20);
    assertNoCprIn(cpr, {
      ...Object.fromEntries(processes.map((child) => [`log of ${child.name}`, child.output()])),
      'topic names': [...new Set(records.map((record) => record.topic))].join('\n'),
      'Kafka keys': records.map((record) => record.key).join('\n'),
      'Kafka headers': records.map((record) => JSON.stringify(record.headers)).join('\n'),
      'Kafka values': records.map((record) => record.value).join('\n'),
    });
  });

  it('should stop every service gracefully when it is sent SIGTERM', async () => {
    const codes = await Promise.all(processes.map((child) => child.stop()));
    expect(codes).toEqual(SERVICE_NAMES.map(() => 0));
    for (const child of processes) expect(child.output()).toContain('"message":"stopped"');
  });
});
