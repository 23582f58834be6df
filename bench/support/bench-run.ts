import { measureRawKafkajs } from '../messaging/raw-kafkajs';
import type { BenchEnvironment } from './bench-environment';
import { printFigures } from './bench-environment';
import type { ThroughputResult } from './throughput';

const CEILING_EVENTS = Number(process.env.BENCH_CEILING_EVENTS ?? 20_000);

/** Runs a benchmark's main and exits with its outcome, so a failed run never prints figures as if it passed. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(
        `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}

/** The ceiling every pipeline is compared with: raw kafkajs, same payload, same broker, printed as it is measured. */
export async function measureCeiling(
  environment: BenchEnvironment,
  sampleValue: string,
): Promise<{ eventsPerSecond: number; seconds: number }> {
  const ceiling = await measureRawKafkajs({
    brokers: environment.brokers,
    events: CEILING_EVENTS,
    sampleValue,
    batchSize: 100,
  });
  printFigures({
    ceiling_events: CEILING_EVENTS,
    ceiling_seconds: ceiling.seconds,
    ceiling_events_per_s: ceiling.eventsPerSecond,
  });
  return ceiling;
}

/** One pipeline's throughput as key=value figures under its own prefix. */
export function throughputFigures(prefix: string, result: ThroughputResult): Record<string, number> {
  return {
    [`${prefix}_events`]: result.events,
    [`${prefix}_writers`]: result.writers,
    [`${prefix}_write_seconds`]: result.writeSeconds,
    [`${prefix}_seconds`]: result.seconds,
    [`${prefix}_events_per_s`]: result.eventsPerSecond,
  };
}
