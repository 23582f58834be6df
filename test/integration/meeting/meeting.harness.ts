import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  CaseReferred,
  createEnvelope,
  type EventDefinition,
  type EventEnvelope,
  GpCertificateReceived,
  type MeetingEventEnvelope,
  type PayloadOf,
  physicalTopic,
  PreparatoryPartSubmitted,
  Topics,
} from '@rehab/contracts';
import { EmbeddedBroker, type MessageTransport, TransactionRunner } from '@rehab/messaging';
import {
  createValidationPipe,
  HttpErrorFilter,
  RuntimeSettings,
  ServiceRootModule,
  type ServiceRuntime,
} from '@rehab/platform';
import { meetingService } from '../../../apps/meeting/src/service-definition';
import { eventually, testDatabaseUrl, uniqueName } from '../../support/environment';
import { asWholeTeam, testAuthSettings } from '../../support/identity';

/** The body of every error answer (see HttpErrorFilter). */
export interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: { field: string; problems: string[] }[];
}

export interface MeetingHarness {
  app: INestApplication;
  schema: string;
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  query<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /**
   * Refers a case, submits the job centre's contribution and the GP certificate's receipt, and
   * waits until its dossier is complete.
   */
  completeDossier(overrides?: Partial<PayloadOf<typeof CaseReferred>>): Promise<string>;
  /** Schedules a meeting of municipality 101 and puts the case on its agenda. */
  meetingWith(caseId: string): Promise<string>;
  publishedOfType(type: string, caseId: string): EventEnvelope[];
  /** A meeting's own events, from the meeting proceedings topic. */
  publishedForMeeting(type: string, meetingId: string): MeetingEventEnvelope[];
  /** The Kafka key each event was published with, by event id. */
  keyOf(eventId: string): string | null;
  /** Publishes another service's event about the case, as if it came over the broker. */
  publish<D extends EventDefinition>(definition: D, payload: PayloadOf<D>, caseId: string): Promise<void>;
  close(): Promise<void>;
}

/** Every quorum role present, with the decision maker dm-1. */
export const fullAttendance = (overrides: { role: string; staffId: string; present: boolean }[] = []) => ({
  members: [
    { role: 'chair', staffId: 'chair-1', present: true },
    { role: 'employment', staffId: 'employment-1', present: true },
    { role: 'health', staffId: 'health-1', present: true },
    { role: 'social', staffId: 'social-1', present: true },
    { role: 'region-health-coordinator', staffId: 'region-1', present: true },
    { role: 'company-consultant', staffId: 'company-1', present: true },
    { role: 'decision-maker', staffId: 'dm-1', present: true },
    ...overrides,
  ],
});

export interface MeetingHarnessOptions {
  /** The embedded broker unless given, e.g. a KafkaTransport on the test broker. */
  transport?: MessageTransport;
  settings?: Record<string, string>;
}

export async function startMeeting(options: MeetingHarnessOptions = {}): Promise<MeetingHarness> {
  const broker = options.transport ?? new EmbeddedBroker(3, 20);
  const schema = uniqueName('mtg');
  // Topics of their own, so runs on a shared Kafka broker never see each other's events.
  const prefix = uniqueName('mtg').replace('_', '-');
  const runtime: ServiceRuntime = {
    databaseUrl: testDatabaseUrl(),
    transport: broker,
    host: '127.0.0.1',
    port: 0,
    topicPrefix: prefix,
    databasePoolSize: 3,
    // Tests publish due agendas themselves unless they turn the timer on.
    settings: new RuntimeSettings({
      MEETING_AGENDA_CHECKER_ENABLED: 'false',
      ...(await testAuthSettings()),
      ...options.settings,
    }),
    relayPollIntervalMs: 50,
    consumerMaxAttempts: 3,
    consumerRetryBackoffMs: 20,
  };
  const moduleRef = await Test.createTestingModule({
    imports: [ServiceRootModule.register({ ...meetingService, schema }, runtime)],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const transactions = app.get(TransactionRunner);

  const published: EventEnvelope[] = [];
  const publishedByMeetings: MeetingEventEnvelope[] = [];
  const keys = new Map<string, string | null>();
  const proceedingsTopic = physicalTopic(Topics.meetingProceedings, prefix);
  const observer = await broker.subscribe({
    groupId: 'test-observer',
    topics: [physicalTopic(Topics.meetings, prefix), proceedingsTopic],
    handle: (message) => {
      const envelope = JSON.parse(message.value?.toString('utf8') ?? '{}') as { eventId: string };
      keys.set(envelope.eventId, message.key);
      if (message.topic === proceedingsTopic) publishedByMeetings.push(envelope as MeetingEventEnvelope);
      else published.push(envelope as EventEnvelope);
      return Promise.resolve();
    },
  });

  const publish = async <D extends EventDefinition>(
    definition: D,
    payload: PayloadOf<D>,
    caseId: string,
    personId: string,
  ) => {
    const envelope = createEnvelope(definition, payload, {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'service', id: 'job-centre' },
      subjectId: personId,
      caseId,
      municipality: '101',
    });
    await broker.publish([
      { topic: physicalTopic(definition.topic, prefix), key: caseId, value: JSON.stringify(envelope), headers: {} },
    ]);
  };

  const harness: MeetingHarness = {
    app,
    schema,
    async request<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { ...(await asWholeTeam()), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
    async query<T>(sql: string, parameters: unknown[] = []) {
      return transactions.dataSource.query<T[]>(sql.replaceAll('$schema', `"${schema}"`), parameters);
    },
    async completeDossier(overrides = {}) {
      const caseId = randomUUID();
      const personId = randomUUID();
      const now = new Date().toISOString();
      await publish(
        CaseReferred,
        {
          caseId,
          personId,
          caseType: 'resource-programme',
          coordinatingCaseworkerId: 'cw-1',
          requiredDepartments: ['job-centre'],
          generalPractitioner: { sorCode: '123456789012', name: 'Lægerne' },
          referredAt: now,
          ...overrides,
        },
        caseId,
        personId,
      );
      await publish(
        PreparatoryPartSubmitted,
        {
          caseId,
          contributionId: randomUUID(),
          version: 1,
          sections: {
            educationAndJobGoals: 'Lagerarbejde på deltid.',
            workExperience: '12 år som lagerarbejder.',
            resourcesAndNetwork: 'Gift, to børn.',
            challenges: 'Kroniske rygsmerter.',
            healthSituation: 'Kan stå og gå i korte perioder.',
            incomeSupportHistory: 'Sygedagpenge i 52 uger.',
            gpAssessment: 'Egen læge vurderer, at smerterne er varige.',
          },
          submittedBy: 'cw-1',
          submittedAt: now,
        },
        caseId,
        personId,
      );
      await publish(
        GpCertificateReceived,
        {
          caseId,
          certificateRequestId: randomUUID(),
          documentReference: 'doc-lae265-1',
          receivedAt: now,
          recordedBy: 'hc-4',
        },
        caseId,
        personId,
      );
      await eventually(
        async () => {
          const { body } = await harness.request<{ status?: string }>('GET', `/api/dossiers/${caseId}`);
          return body.status === 'complete';
        },
        { what: 'the dossier to be complete' },
      );
      return caseId;
    },
    async meetingWith(caseId) {
      const meeting = await harness.request<{ meetingId: string }>('POST', '/api/meetings', {
        municipality: '101',
        startsAt: '2026-12-03T09:00:00+01:00',
        chairId: 'chair-1',
      });
      const placed = await harness.request('POST', `/api/meetings/${meeting.body.meetingId}/cases`, { caseId });
      if (placed.status !== 201) throw new Error(`placing the case answered ${placed.status}`);
      return meeting.body.meetingId;
    },
    publishedOfType(type, caseId) {
      return published.filter((envelope) => envelope.type === type && envelope.caseId === caseId);
    },
    publishedForMeeting(type, meetingId) {
      return publishedByMeetings.filter((envelope) => envelope.type === type && envelope.meetingId === meetingId);
    },
    keyOf(eventId) {
      return keys.get(eventId) ?? null;
    },
    async publish(definition, payload, caseId) {
      await publish(definition, payload, caseId, randomUUID());
    },
    async close() {
      await observer.stop();
      await app.close();
      await broker.close();
    },
  };
  return harness;
}

/** Waits until the meeting service has published an event of the type for the case. */
export async function publishedEvent<D extends EventDefinition>(
  harness: MeetingHarness,
  definition: D,
  caseId: string,
): Promise<EventEnvelope<PayloadOf<D>>> {
  return eventually(
    () =>
      Promise.resolve(harness.publishedOfType(definition.type, caseId)[0] as EventEnvelope<PayloadOf<D>> | undefined),
    { what: `${definition.type} on the meeting topic` },
  );
}

/** Waits until the meeting service has published the meeting's own event of the type. */
export async function publishedMeetingEvent<D extends EventDefinition>(
  harness: MeetingHarness,
  definition: D,
  meetingId: string,
): Promise<MeetingEventEnvelope<PayloadOf<D>>> {
  return eventually(
    () =>
      Promise.resolve(
        harness.publishedForMeeting(definition.type, meetingId)[0] as MeetingEventEnvelope<PayloadOf<D>> | undefined,
      ),
    { what: `${definition.type} on the meeting proceedings topic` },
  );
}
