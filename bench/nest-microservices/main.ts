import 'reflect-metadata';
import { measureRawKafkajs } from '../messaging/raw-kafkajs';
import { startPipelineUnderTest } from '../messaging/our-pipeline';
import { machineDescription, prepareBenchEnvironment, printFigures } from '../support/bench-environment';
import { benchReferralEnvelope } from '../support/sample-referral';
import { measureThroughput, type ThroughputResult } from '../support/throughput';
import { startNestPipeline } from './nest-pipeline';

const CEILING_EVENTS = Number(process.env.BENCH_CEILING_EVENTS ?? 20_000);
const PIPELINE_EVENTS = Number(process.env.BENCH_PIPELINE_EVENTS ?? 5_000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);

function figures(prefix: string, result: ThroughputResult): Record<string, number> {
  return {
    [`${prefix}_events`]: result.events,
    [`${prefix}_writers`]: result.writers,
    [`${prefix}_write_seconds`]: result.writeSeconds,
    [`${prefix}_seconds`]: result.seconds,
    [`${prefix}_events_per_s`]: result.eventsPerSecond,
  };
}

/**
 * Side by side in one run, on one broker and one database: the raw kafkajs ceiling, our
 * pipeline (outbox, relay, inbox), and the same events through @nestjs/microservices' Kafka
 * transport, each driven by the same writers with the same payloads.
 */
async function main(): Promise<void> {
  const environment = await prepareBenchEnvironment();
  try {
    const sample = JSON.stringify(benchReferralEnvelope());
    printFigures({ ...machineDescription(), event_bytes: Buffer.byteLength(sample) });

    const ceiling = await measureRawKafkajs({
      brokers: environment.brokers,
      events: CEILING_EVENTS,
      sampleValue: sample,
      batchSize: 100,
    });
    printFigures({
      ceiling_events: CEILING_EVENTS,
      ceiling_seconds: ceiling.seconds,
      ceiling_events_per_s: ceiling.eventsPerSecond,
    });

    const ours = await startPipelineUnderTest(environment.databaseUrl, environment.brokers);
    let oursResult: ThroughputResult;
    try {
      oursResult = await measureThroughput(ours, { events: PIPELINE_EVENTS, writers: WRITERS });
    } finally {
      await ours.close();
    }
    printFigures(figures('ours', oursResult));

    const nest = await startNestPipeline(environment.databaseUrl, environment.brokers);
    let nestResult: ThroughputResult;
    try {
      nestResult = await measureThroughput(nest, { events: PIPELINE_EVENTS, writers: WRITERS });
    } finally {
      await nest.close();
    }
    printFigures({
      ...figures('nest', nestResult),
      ours_to_nest_ratio: oursResult.eventsPerSecond / nestResult.eventsPerSecond,
      ours_to_ceiling_ratio: oursResult.eventsPerSecond / ceiling.eventsPerSecond,
      nest_to_ceiling_ratio: nestResult.eventsPerSecond / ceiling.eventsPerSecond,
    });
  } finally {
    await environment.release();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
