import { randomUUID } from 'node:crypto';
import { type INestApplication, Injectable, Module } from '@nestjs/common';
import { CaseReferred, type EnvelopeOf, type PayloadOf, physicalTopic, Topics } from '@rehab/contracts';
import {
  EventConsumerHost,
  HandleEvent,
  type MessageTransport,
  Outbox,
  quotedSchemaOf,
  RequestContexts,
  TransactionRunner,
} from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { aCaseReferredPayload } from '../../support/event-factories';
import { startServiceUnderTest } from '../../support/service-under-test';

class CreateReceivedTable1764000009000 implements MigrationInterface {
  name = 'CreateReceivedTable1764000009000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${quotedSchemaOf(queryRunner)}.received (
      seq bigserial PRIMARY KEY, event_id uuid NOT NULL, case_id uuid NOT NULL, caseworker text NOT NULL)`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${quotedSchemaOf(queryRunner)}.received`);
  }
}

/** A consumer that records what it handled in its own table, in the handling transaction. */
@Injectable()
export class RecordingConsumer {
  readonly failingCases = new Set<string>();
  attempts = 0;

  constructor(private readonly transactions: TransactionRunner) {}

  @HandleEvent(CaseReferred)
  async handle(event: EnvelopeOf<typeof CaseReferred>): Promise<void> {
    this.attempts += 1;
    const manager = this.transactions.requireManager('test consumer');
    const schema = (this.transactions.dataSource.options as { schema: string }).schema;
    await manager.query(`INSERT INTO "${schema}".received (event_id, case_id, caseworker) VALUES ($1, $2, $3)`, [
      event.eventId,
      event.caseId,
      event.payload.coordinatingCaseworkerId,
    ]);
    if (this.failingCases.has(event.caseId)) throw new Error('simulated failure while handling');
  }
}

@Module({ providers: [RecordingConsumer] })
class RecordingModule {}

export interface PipelineHarness {
  app: INestApplication;
  schema: string;
  prefix: string;
  transport: MessageTransport;
  consumer: RecordingConsumer;
  host: EventConsumerHost;
  topic: string;
  publishReferral(caseId: string, overrides?: Partial<PayloadOf<typeof CaseReferred>>): Promise<EnvelopeOf<typeof CaseReferred>>;
  received(): Promise<{ event_id: string; case_id: string; caseworker: string }[]>;
  inboxCount(eventId: string): Promise<number>;
  close(): Promise<void>;
}

export function referralPayload(caseId: string, overrides: Partial<PayloadOf<typeof CaseReferred>> = {}) {
  return aCaseReferredPayload({
    caseId,
    coordinatingCaseworkerId: 'cw-1',
    requiredDepartments: ['job-centre'],
    referredAt: new Date().toISOString(),
    ...overrides,
  });
}

/** One service's messaging pipeline, put together exactly as a real service is, on a fresh schema. */
export async function startPipeline(transport: MessageTransport, options: { maxAttempts?: number } = {}): Promise<PipelineHarness> {
  const service = await startServiceUnderTest(
    {
      name: 'pipeline-test',
      title: 'Pipeline test',
      description: 'messaging pipeline under test',
      schema: 'pipeline_test',
      defaultPort: 0,
      modules: [RecordingModule],
      entities: [],
      migrations: [CreateReceivedTable1764000009000],
    },
    { transport, settings: { CONSUMER_MAX_ATTEMPTS: String(options.maxAttempts ?? 3) } },
  );
  const { app, schema, topicPrefix: prefix } = service;
  const transactions = app.get(TransactionRunner);
  const outbox = app.get(Outbox);
  return {
    app,
    schema,
    prefix,
    transport,
    consumer: app.get(RecordingConsumer),
    host: app.get(EventConsumerHost),
    topic: physicalTopic(Topics.jobCentreCases, prefix),
    publishReferral: (caseId, overrides) =>
      RequestContexts.run(
        { correlationId: randomUUID(), causationId: null, actor: { kind: 'user', id: 'tester' } },
        () =>
          transactions.run(() =>
            outbox.publish(CaseReferred, referralPayload(caseId, overrides), {
              caseId,
              subjectId: randomUUID(),
              municipality: '101',
            }),
          ),
      ),
    received: () =>
      transactions.dataSource.query<{ event_id: string; case_id: string; caseworker: string }[]>(
        `SELECT event_id, case_id, caseworker FROM "${schema}".received ORDER BY seq`,
      ),
    inboxCount: async (eventId) => {
      const rows = await transactions.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM "${schema}".inbox_message WHERE event_id = $1`,
        [eventId],
      );
      return rows[0].count;
    },
    close: () => service.close(),
  };
}
