import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createEnvelope, OutcomeMessageAcknowledged, OutcomeMessageSent, physicalTopic } from '@rehab/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { REBUILD_EVENT_TYPES, REBUILD_TOPICS } from '../../apps/meeting/src/read-model-rebuild';
import {
  cleanEnvironment,
  ROOT,
  startIdentityProviderProcess,
  startProcess,
  waitForHealth,
} from '../../test/e2e/support/service-processes';
import { compiledMain } from '../../test/fault/support/service-fleet';
import { eventually, freePortBlock } from '../../test/support/environment';
import { runBench } from '../support/bench-run';
import { machineDescription, prepareBenchEnvironment, printFigures } from '../support/bench-environment';

const EVENTS = Number(process.env.BENCH_REBUILD_EVENTS ?? 1_000_000);
const BATCH = 1_000;

/** Half the events announce a message to the GP, the other half its acknowledgement, keyed by case. */
function* timelineEvents(count: number) {
  for (let index = 0; index < count; index += 2) {
    const caseId = randomUUID();
    const messageHeaderId = randomUUID();
    const context = {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'service' as const, id: 'gp-correspondence' },
      subjectId: randomUUID(),
      caseId,
      municipality: '101',
    };
    const at = new Date().toISOString();
    yield createEnvelope(
      OutcomeMessageSent,
      {
        caseId,
        decisionId: randomUUID(),
        bundleId: randomUUID(),
        messageHeaderId,
        recipientSorCode: '123456789012',
        sentAt: at,
      },
      context,
    );
    yield createEnvelope(
      OutcomeMessageAcknowledged,
      { caseId, messageHeaderId, code: 'ok', acknowledgedAt: at },
      context,
    );
  }
}

async function seed(brokers: string[], topic: string): Promise<number> {
  const kafka = new Kafka({ clientId: 'bench-rebuild-seed', brokers, logLevel: logLevel.ERROR });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const started = Date.now();
  let batch: { key: string; value: string }[] = [];
  for (const envelope of timelineEvents(EVENTS)) {
    batch.push({ key: envelope.caseId, value: JSON.stringify(envelope) });
    if (batch.length === BATCH) {
      await producer.send({ topic, acks: -1, messages: batch });
      batch = [];
    }
  }
  if (batch.length > 0) await producer.send({ topic, acks: -1, messages: batch });
  await producer.disconnect();
  return (Date.now() - started) / 1000;
}

/** Events handled into the read model, and the first and last handling on the database's clock. */
async function handled(databaseUrl: string): Promise<{ count: number; seconds: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const row = (
      await client.query<{ n: string; seconds: number | null }>(
        `SELECT count(*) AS n, extract(epoch FROM max(handled_at) - min(handled_at)) AS seconds
           FROM meeting.inbox_message WHERE consumer_group = 'meeting' AND event_type = ANY($1::text[])`,
        [REBUILD_EVENT_TYPES],
      )
    ).rows[0];
    return { count: Number(row.n), seconds: Number(row.seconds ?? 0) };
  } finally {
    await client.end();
  }
}

/**
 * Rebuilding the meeting service's case timeline by replaying its topic: EVENTS events on Kafka,
 * consumed once as a new service would (the first build), then again after `meeting:rebuild`
 * emptied the read model and reset the group's offsets (the rebuild).
 */
async function main(): Promise<void> {
  printFigures({ ...machineDescription(), rebuild_events: EVENTS });
  const environment = await prepareBenchEnvironment();
  const identity = await startIdentityProviderProcess();
  const prefix = `bench-rebuild-${randomBytes(3).toString('hex')}`;
  const port = (await freePortBlock(1)) + 1;
  const serviceEnvironment = cleanEnvironment({
    ...identity.environment,
    PORT: String(port),
    DATABASE_URL: environment.databaseUrl,
    KAFKA_BROKERS: environment.brokers.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    LOG_LEVEL: 'warn',
  });
  const topic = physicalTopic(OutcomeMessageSent.topic, prefix);
  try {
    const kafka = new Kafka({ clientId: 'bench-rebuild', brokers: environment.brokers, logLevel: logLevel.ERROR });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: REBUILD_TOPICS.map((name) => ({
        topic: physicalTopic(name, prefix),
        numPartitions: 6,
        replicationFactor: 1,
      })),
    });
    await admin.disconnect();
    printFigures({ seed_seconds: await seed(environment.brokers, topic) });

    for (const phase of ['first_build', 'rebuild'] as const) {
      if (phase === 'rebuild') {
        const { stdout } = await promisify(execFile)(
          process.execPath,
          [join(ROOT, 'dist', 'scripts', 'rebuild-meeting-read-model.js')],
          {
            env: serviceEnvironment,
          },
        );
        process.stdout.write(stdout);
      }
      const started = Date.now();
      const meeting = startProcess('meeting', process.execPath, [compiledMain('meeting')], serviceEnvironment);
      try {
        await waitForHealth(`http://127.0.0.1:${port}`, meeting, 180_000);
        const done = await eventually(
          async () => {
            const progress = await handled(environment.databaseUrl);
            return progress.count >= EVENTS ? progress : undefined;
          },
          { timeoutMs: 3 * 60 * 60 * 1000, intervalMs: 2_000, what: `${EVENTS} events in the meeting read model` },
        );
        printFigures({
          [`${phase}_seconds_from_start`]: (Date.now() - started) / 1000,
          [`${phase}_handling_seconds`]: done.seconds,
          [`${phase}_events_per_s`]: EVENTS / done.seconds,
        });
      } finally {
        await meeting.stop();
      }
    }
  } finally {
    await identity.process.stop();
    await environment.release();
  }
}

runBench(main);
