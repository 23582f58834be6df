import { randomUUID } from 'node:crypto';
import { type INestApplication, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CaseReferred, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent, KafkaTransport, Outbox, RequestContexts, TransactionRunner } from '@rehab/messaging';
import { RuntimeSettings, type ServiceDefinition, ServiceRootModule } from '@rehab/platform';
import { testAuthSettings } from '../../test/support/identity';
import { benchReferralPayload } from '../support/sample-referral';
import type { DrivenPipeline } from '../support/throughput';

/** Records, for every handled event, how long it took from the outbox write to the handler. */
@Injectable()
class LatencyRecorder {
  readonly latenciesMs: number[] = [];
  private target = Number.POSITIVE_INFINITY;
  private reached: (() => void) | undefined;

  @HandleEvent(CaseReferred)
  handle(event: EnvelopeOf<typeof CaseReferred>): Promise<void> {
    this.latenciesMs.push(Date.now() - Date.parse(event.occurredAt));
    if (this.latenciesMs.length >= this.target) this.reached?.();
    return Promise.resolve();
  }

  waitFor(count: number): Promise<void> {
    if (this.latenciesMs.length >= count) return Promise.resolve();
    this.target = count;
    return new Promise((resolve) => (this.reached = resolve));
  }

  reset(): void {
    this.latenciesMs.length = 0;
    this.target = Number.POSITIVE_INFINITY;
  }
}

@Module({ providers: [LatencyRecorder] })
class LatencyModule {}

export interface PipelineUnderTest extends DrivenPipeline {
  recorder: { latenciesMs: number[]; waitFor(count: number): Promise<void>; reset(): void };
  close(): Promise<void>;
}

/** One service's real pipeline: outbox in PostgreSQL, relay, Kafka, consumer, inbox. */
export async function startPipelineUnderTest(databaseUrl: string, brokers: string[]): Promise<PipelineUnderTest> {
  const suffix = randomUUID().slice(0, 8);
  const definition: ServiceDefinition = {
    name: `bench-${suffix}`,
    title: 'Bench',
    description: 'messaging benchmark',
    schema: `bench_${suffix}`,
    defaultPort: 0,
    modules: [LatencyModule],
    entities: [],
    migrations: [],
  };
  const transport = new KafkaTransport({ brokers, clientId: definition.name, partitions: 6 });
  const app: INestApplication = await NestFactory.create(
    ServiceRootModule.register(definition, {
      databaseUrl,
      transport,
      host: '127.0.0.1',
      port: 0,
      topicPrefix: `bench-${suffix}`,
      databasePoolSize: 20,
      // No HTTP request reaches the pipeline, but every service verifies sign-in tokens.
      settings: new RuntimeSettings(await testAuthSettings()),
      relayPollIntervalMs: 1000,
      consumerMaxAttempts: 3,
      consumerRetryBackoffMs: 50,
    }),
    { logger: ['error'] },
  );
  await app.init();
  const transactions = app.get(TransactionRunner);
  const outbox = app.get(Outbox);
  const context = { correlationId: randomUUID(), causationId: null, actor: { kind: 'service' as const, id: 'bench' } };
  const recorder = app.get(LatencyRecorder);
  return {
    recorder,
    waitForHandled: (count) => recorder.waitFor(count),
    resetHandled: () => recorder.reset(),
    publishOne: (caseId) =>
      RequestContexts.run(context, () =>
        transactions.run(async () => {
          await outbox.publish(CaseReferred, benchReferralPayload(caseId), {
            caseId,
            subjectId: caseId,
            municipality: '101',
          });
        }),
      ),
    close: async () => {
      await app.close();
      await transport.close();
    },
  };
}
