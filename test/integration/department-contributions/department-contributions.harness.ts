import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import {
  createEnvelope,
  type EventDefinition,
  type EventEnvelope,
  type PayloadOf,
  physicalTopic,
  type TopicName,
} from '@rehab/contracts';
import { EmbeddedBroker, type MessageTransport } from '@rehab/messaging';
import {
  createValidationPipe,
  HttpErrorFilter,
  RuntimeSettings,
  type ServiceDefinition,
  ServiceRootModule,
  type ServiceRuntime,
} from '@rehab/platform';
import { testDatabaseUrl, uniqueName } from '../../support/environment';
import { asWholeTeam, testAuthSettings } from '../../support/identity';
import { aCaseReferredPayload } from '../../support/event-factories';

export interface DepartmentHarness {
  app: INestApplication;
  url: string;
  commands: CommandBus;
  /** Everything the service published on its own topic, as a consumer would see it. */
  published: EventEnvelope[];
  publish<D extends EventDefinition>(
    definition: D,
    payload: PayloadOf<D>,
    subject: { caseId: string; personId: string; municipality?: string },
  ): Promise<void>;
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/** A department service started by a test suite, on whichever transport the suite runs over. */
export type StartDepartment = (
  service: ServiceDefinition,
  ownTopic: TopicName,
  settings?: Record<string, string>,
) => Promise<DepartmentHarness>;

/**
 * One department service on a fresh schema and the real PostgreSQL, on an embedded broker
 * unless a transport (e.g. a KafkaTransport on the test broker) is given.
 */
export async function startDepartment(
  service: ServiceDefinition,
  ownTopic: TopicName,
  settings: Record<string, string> = {},
  transport?: MessageTransport,
): Promise<DepartmentHarness> {
  const broker = transport ?? new EmbeddedBroker(3, 20);
  // On a shared Kafka broker every run gets topics of its own, so runs never see each other's events.
  const prefix = transport ? uniqueName('dept').replace('_', '-') : '';
  const runtime: ServiceRuntime = {
    databaseUrl: testDatabaseUrl(),
    transport: broker,
    host: '127.0.0.1',
    port: 0,
    topicPrefix: prefix,
    databasePoolSize: 3,
    // The tests send the deadline check themselves, at the moment they choose.
    settings: new RuntimeSettings({
      CONTRIBUTION_DEADLINE_CHECKER_ENABLED: 'false',
      ...(await testAuthSettings()),
      ...settings,
    }),
    relayPollIntervalMs: 50,
    consumerMaxAttempts: 3,
    consumerRetryBackoffMs: 20,
  };
  const moduleRef = await Test.createTestingModule({
    imports: [ServiceRootModule.register({ ...service, schema: uniqueName('dept') }, runtime)],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const published: EventEnvelope[] = [];
  const observer = await broker.subscribe({
    groupId: 'test-observer',
    topics: [physicalTopic(ownTopic, prefix)],
    handle: (message) => {
      published.push(JSON.parse(message.value?.toString('utf8') ?? '') as EventEnvelope);
      return Promise.resolve();
    },
  });

  return {
    app,
    url,
    commands: app.get(CommandBus),
    published,
    async publish(definition, payload, subject) {
      const envelope = createEnvelope(definition, payload, {
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'service', id: 'test' },
        subjectId: subject.personId,
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
    async request<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: {
          ...(await asWholeTeam('staff-1')),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
    async close() {
      await observer.stop();
      await app.close();
      await broker.close();
    },
  };
}

/** A referral as the job centre announces it. */
export const referral = aCaseReferredPayload;
