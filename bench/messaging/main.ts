import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { machineDescription, percentile, prepareBenchEnvironment, printFigures } from '../support/bench-environment';
import { measureCeiling, runBench } from '../support/bench-run';
import { benchReferralEnvelope } from '../support/sample-referral';
import { measureThroughput } from '../support/throughput';
import { startPipelineUnderTest } from './our-pipeline';

const PIPELINE_EVENTS = Number(process.env.BENCH_PIPELINE_EVENTS ?? 5_000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const LATENCY_RATE = Number(process.env.BENCH_LATENCY_RATE ?? 500);
const LATENCY_SECONDS = Number(process.env.BENCH_LATENCY_SECONDS ?? 10);

async function main(): Promise<void> {
  const environment = await prepareBenchEnvironment();
  try {
    const sample = JSON.stringify(benchReferralEnvelope());
    printFigures({ ...machineDescription(), event_bytes: Buffer.byteLength(sample) });

    const ceiling = await measureCeiling(environment, sample);

    const pipeline = await startPipelineUnderTest(environment.databaseUrl, environment.brokers);
    try {
      const result = await measureThroughput(pipeline, { events: PIPELINE_EVENTS, writers: WRITERS });
      const throughput = result.eventsPerSecond;
      const cases = Array.from({ length: 200 }, () => randomUUID());
      printFigures({
        pipeline_events: PIPELINE_EVENTS,
        pipeline_writers: WRITERS,
        pipeline_write_seconds: result.writeSeconds,
        pipeline_seconds: result.seconds,
        pipeline_events_per_s: throughput,
        pipeline_to_ceiling_ratio: throughput / ceiling.eventsPerSecond,
      });

      // Latency at a steady rate: one event every 1/rate seconds, publish (outbox write) to handled.
      pipeline.recorder.reset();
      const total = LATENCY_RATE * LATENCY_SECONDS;
      const intervalMs = 1000 / LATENCY_RATE;
      const begin = Date.now();
      const writes: Promise<void>[] = [];
      for (let index = 0; index < total; index += 1) {
        const due = begin + index * intervalMs;
        const wait = due - Date.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
        writes.push(pipeline.publishOne(cases[index % cases.length]));
      }
      await Promise.all(writes);
      await pipeline.recorder.waitFor(total);
      const achievedRate = total / ((Date.now() - begin) / 1000);
      const sorted = [...pipeline.recorder.latenciesMs].sort((a, b) => a - b);
      printFigures({
        latency_target_rate_per_s: LATENCY_RATE,
        latency_offered_rate_per_s: achievedRate,
        latency_events: total,
        latency_p50_ms: percentile(sorted, 0.5),
        latency_p99_ms: percentile(sorted, 0.99),
        latency_max_ms: sorted[sorted.length - 1],
      });
    } finally {
      await pipeline.close();
    }
  } finally {
    await environment.release();
  }
}

runBench(main);
