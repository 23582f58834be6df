import 'reflect-metadata';
import { startPipelineUnderTest } from '../messaging/our-pipeline';
import { machineDescription, prepareBenchEnvironment, printFigures } from '../support/bench-environment';
import { measureCeiling, runBench, throughputFigures } from '../support/bench-run';
import { benchReferralEnvelope } from '../support/sample-referral';
import { measureThroughput, type ThroughputResult } from '../support/throughput';
import { startNestPipeline } from './nest-pipeline';

const PIPELINE_EVENTS = Number(process.env.BENCH_PIPELINE_EVENTS ?? 5_000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);

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

    const ceiling = await measureCeiling(environment, sample);

    const ours = await startPipelineUnderTest(environment.databaseUrl, environment.brokers);
    let oursResult: ThroughputResult;
    try {
      oursResult = await measureThroughput(ours, { events: PIPELINE_EVENTS, writers: WRITERS });
    } finally {
      await ours.close();
    }
    printFigures(throughputFigures('ours', oursResult));

    const nest = await startNestPipeline(environment.databaseUrl, environment.brokers);
    let nestResult: ThroughputResult;
    try {
      nestResult = await measureThroughput(nest, { events: PIPELINE_EVENTS, writers: WRITERS });
    } finally {
      await nest.close();
    }
    printFigures({
      ...throughputFigures('nest', nestResult),
      ours_to_nest_ratio: oursResult.eventsPerSecond / nestResult.eventsPerSecond,
      ours_to_ceiling_ratio: oursResult.eventsPerSecond / ceiling.eventsPerSecond,
      nest_to_ceiling_ratio: nestResult.eventsPerSecond / ceiling.eventsPerSecond,
    });
  } finally {
    await environment.release();
  }
}

runBench(main);
