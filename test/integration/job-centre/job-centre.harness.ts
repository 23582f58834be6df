import { randomInt, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import {
  createEnvelope,
  DecisionRecorded,
  type EventDefinition,
  type EventEnvelope,
  type PayloadOf,
  physicalTopic,
  Topics,
} from '@rehab/contracts';
import { type MessageTransport, TransactionRunner } from '@rehab/messaging';
import { RePresentationChecker } from '../../../apps/job-centre/src/referral/infrastructure/re-presentation-checker';
import { jobCentreService } from '../../../apps/job-centre/src/service-definition';
import { eventually } from '../../support/environment';
import { asWholeTeam } from '../../support/identity';
import { startServiceUnderTest } from '../../support/service-under-test';

/** The body of every error answer (see HttpErrorFilter). */
export interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: { field: string; problems: string[] }[];
}

export interface JobCentreHarness {
  app: INestApplication;
  url: string;
  schema: string;
  checker: RePresentationChecker;
  /** Everything the job centre published on its topic, as a consumer would see it. */
  published: EventEnvelope[];
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  query<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** Publishes another service's event on the job centre's broker, as that service would. */
  publish<D extends EventDefinition>(
    definition: D,
    payload: PayloadOf<D>,
    subject: { caseId: string; municipality?: string },
  ): Promise<void>;
  /** Publishes the meeting service's decision and waits until the job centre has taken note of it. */
  decide(caseId: string, overrides?: Partial<PayloadOf<typeof DecisionRecorded>>): Promise<void>;
  publishedOfType(type: string, caseId: string): EventEnvelope[];
  close(): Promise<void>;
}

/**
 * A made-up citizen born in the given year. The seventh digit carries the century: 1-3 for the
 * 1900s, 4 for 2000-2036.
 */
export function aCitizenCpr(options: { bornYear?: number } = {}): string {
  const bornYear = options.bornYear ?? 1970;
  const year = String(bornYear % 100).padStart(2, '0');
  const serial = bornYear >= 2000 ? randomInt(4000, 5000) : randomInt(1000, 4000);
  return `${String(randomInt(1, 29)).padStart(2, '0')}${String(randomInt(1, 13)).padStart(2, '0')}${year}-${serial}`;
}

export function aReferral(overrides: Record<string, unknown> = {}) {
  return {
    municipality: '101',
    cpr: aCitizenCpr(),
    caseType: 'resource-programme',
    coordinatingCaseworkerId: 'cw-17',
    generalPractitioner: { sorCode: '123456789012', name: 'Lægerne Nørrebro' },
    ...overrides,
  };
}

export interface JobCentreHarnessOptions {
  /** The embedded broker unless given, e.g. a KafkaTransport on the test broker. */
  transport?: MessageTransport;
  settings?: Record<string, string>;
}

export async function startJobCentre(options: JobCentreHarnessOptions = {}): Promise<JobCentreHarness> {
  const service = await startServiceUnderTest(jobCentreService, {
    transport: options.transport,
    // The tests trigger the re-presentation check themselves.
    settings: { JOB_CENTRE_RE_PRESENTATION_CHECKER_ENABLED: 'false', ...options.settings },
  });
  const { app, url, schema, topicPrefix: prefix, transport: broker } = service;
  const transactions = app.get(TransactionRunner);

  const published: EventEnvelope[] = [];
  const observer = await broker.subscribe({
    groupId: 'test-observer',
    topics: [physicalTopic(Topics.jobCentreCases, prefix)],
    handle: (message) => {
      published.push(JSON.parse(message.value?.toString('utf8') ?? '{}') as EventEnvelope);
      return Promise.resolve();
    },
  });

  const harness: JobCentreHarness = {
    app,
    url,
    schema,
    checker: app.get(RePresentationChecker),
    published,
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
    async publish(definition, payload, subject) {
      const envelope = createEnvelope(definition, payload, {
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'service', id: 'test' },
        subjectId: randomUUID(),
        caseId: subject.caseId,
        municipality: subject.municipality ?? '101',
      });
      await broker.publish([
        {
          topic: physicalTopic(definition.topic, prefix),
          key: subject.caseId,
          value: JSON.stringify(envelope),
          headers: {},
        },
      ]);
    },
    async decide(caseId, overrides = {}) {
      const envelope = createEnvelope(
        DecisionRecorded,
        {
          caseId,
          decisionId: randomUUID(),
          recommendationId: randomUUID(),
          outcome: 'resource-programme',
          followsRecommendation: true,
          recommendationText: 'Ressourceforløb i 2 år med virksomhedspraktik.',
          decidedBy: 'dm-3',
          decidedAtMeeting: true,
          decidedAt: new Date().toISOString(),
          ...overrides,
        },
        {
          correlationId: randomUUID(),
          causationId: null,
          actor: { kind: 'service', id: 'meeting' },
          subjectId: randomUUID(),
          caseId,
          municipality: '101',
        },
      );
      await broker.publish([
        {
          topic: physicalTopic(DecisionRecorded.topic, prefix),
          key: caseId,
          value: JSON.stringify(envelope),
          headers: {},
        },
      ]);
      await eventually(
        async () => {
          const { body } = await harness.request<{ decision: { decisionId: string } | null }>(
            'GET',
            `/api/cases/${caseId}`,
          );
          return body.decision?.decisionId === envelope.payload.decisionId;
        },
        { what: 'the job centre to record the decision' },
      );
    },
    publishedOfType(type, caseId) {
      return published.filter((envelope) => envelope.type === type && envelope.caseId === caseId);
    },
    async close() {
      await observer.stop();
      await service.close();
      // A transport handed in is the harness's to close too.
      await options.transport?.close();
    },
  };
  return harness;
}

/** Waits until the job centre has published an event of the type for the case. */
export async function publishedEvent<D extends EventDefinition>(
  harness: JobCentreHarness,
  definition: D,
  caseId: string,
  count = 1,
): Promise<EventEnvelope<PayloadOf<D>>[]> {
  return eventually(
    () => {
      const found = harness.publishedOfType(definition.type, caseId);
      return Promise.resolve(found.length >= count ? (found as EventEnvelope<PayloadOf<D>>[]) : undefined);
    },
    { what: `${definition.type} on the job centre's topic` },
  );
}
