import { randomUUID } from 'node:crypto';
import { Controller, type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ClientKafka,
  ClientsModule,
  EventPattern,
  type MicroserviceOptions,
  Payload,
  Transport,
} from '@nestjs/microservices';
import { CaseReferred, EnvelopeSchema } from '@rehab/contracts';
import { Partitioners } from 'kafkajs';
import { Pool } from 'pg';
import { lastValueFrom } from 'rxjs';
import { benchReferralEnvelope } from '../support/sample-referral';
import { type DrivenPipeline, HandledCounter } from '../support/throughput';

const EVENTS_CLIENT = 'EVENTS_CLIENT';

/**
 * The same event pipeline built the way the NestJS documentation shows: the writer commits its
 * row, then `ClientKafka.emit`s the event; an `@EventPattern` handler in a Kafka microservice
 * validates it against the same contract and records it once (a unique event id). Producer and
 * consumer use the settings our transport uses: idempotent producer, acks from all replicas,
 * three partitions consumed at once.
 */
export async function startNestPipeline(
  databaseUrl: string,
  brokers: string[],
): Promise<DrivenPipeline & { close(): Promise<void> }> {
  const suffix = randomUUID().slice(0, 8);
  const topic = `bench-nest-${suffix}.${CaseReferred.topic}`;
  const schema = `bench_nest_${suffix}`;
  const pool = new Pool({ connectionString: databaseUrl, max: 20 });
  await pool.query(`CREATE SCHEMA ${schema}`);
  await pool.query(
    `CREATE TABLE ${schema}.sent_event (event_id uuid PRIMARY KEY, case_id uuid NOT NULL, envelope jsonb NOT NULL)`,
  );
  await pool.query(
    `CREATE TABLE ${schema}.received_event (event_id uuid PRIMARY KEY, event_type text NOT NULL, handled_at timestamptz NOT NULL DEFAULT now())`,
  );
  const handled = new HandledCounter();

  @Controller()
  class ReferralController {
    @EventPattern(topic)
    async handle(@Payload() message: unknown): Promise<void> {
      const envelope = EnvelopeSchema.parse(message);
      CaseReferred.payload.parse(envelope.payload);
      await pool.query(
        `INSERT INTO ${schema}.received_event (event_id, event_type) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [envelope.eventId, envelope.type],
      );
      handled.record();
    }
  }

  @Module({
    imports: [
      ClientsModule.register([
        {
          name: EVENTS_CLIENT,
          transport: Transport.KAFKA,
          options: {
            client: { clientId: `bench-nest-${suffix}`, brokers },
            producer: { idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner },
            send: { acks: -1 },
            producerOnlyMode: true,
          },
        },
      ]),
    ],
    controllers: [ReferralController],
  })
  class NestBenchModule {}

  const app: INestApplication = await NestFactory.create(NestBenchModule, { logger: ['error'] });
  app.connectMicroservice<MicroserviceOptions>({
    transport: Transport.KAFKA,
    options: {
      client: { clientId: `bench-nest-${suffix}`, brokers },
      consumer: { groupId: `bench-nest-${suffix}`, sessionTimeout: 10_000, heartbeatInterval: 1_000 },
      subscribe: { fromBeginning: true },
      run: { partitionsConsumedConcurrently: 3 },
    },
  });
  // The topic must exist before the consumer subscribes; our services create theirs the same way.
  const admin = new (await import('kafkajs')).Kafka({ clientId: `bench-nest-admin-${suffix}`, brokers }).admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 6, replicationFactor: 1 }] });
  await admin.disconnect();
  await app.startAllMicroservices();
  await app.init();
  const client = app.get<ClientKafka>(EVENTS_CLIENT);
  await client.connect();

  return {
    async publishOne(caseId) {
      const envelope = benchReferralEnvelope(caseId);
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        await connection.query(`INSERT INTO ${schema}.sent_event (event_id, case_id, envelope) VALUES ($1, $2, $3)`, [
          envelope.eventId,
          caseId,
          JSON.stringify(envelope),
        ]);
        await connection.query('COMMIT');
      } finally {
        connection.release();
      }
      await lastValueFrom(client.emit(topic, { key: caseId, value: envelope }));
    },
    waitForHandled: (count) => handled.waitFor(count),
    resetHandled: () => handled.reset(),
    async close() {
      await app.close();
      await pool.end();
    },
  };
}
