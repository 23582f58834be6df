import { randomUUID } from 'node:crypto';

/** A pipeline a benchmark drives: something that writes one event, and a way to know it arrived. */
export interface DrivenPipeline {
  publishOne(caseId: string): Promise<void>;
  waitForHandled(count: number): Promise<void>;
  resetHandled(): void;
}

export interface ThroughputResult {
  events: number;
  writers: number;
  writeSeconds: number;
  seconds: number;
  eventsPerSecond: number;
}

/**
 * Several writers, each writing one event per transaction as services write them, over 200
 * cases; timed from the first write to the last event handled. One event first warms the
 * pipeline up (the consumer group joins, connections open) outside the timing.
 */
export async function measureThroughput(
  pipeline: DrivenPipeline,
  options: { events: number; writers: number },
): Promise<ThroughputResult> {
  await pipeline.publishOne(randomUUID());
  await pipeline.waitForHandled(1);
  pipeline.resetHandled();

  const cases = Array.from({ length: 200 }, () => randomUUID());
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: options.writers }, async () => {
      while (next < options.events) {
        const index = next++;
        await pipeline.publishOne(cases[index % cases.length]);
      }
    }),
  );
  const writeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pipeline.waitForHandled(options.events);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    events: options.events,
    writers: options.writers,
    writeSeconds,
    seconds,
    eventsPerSecond: options.events / seconds,
  };
}

/** Counts handled events and wakes whoever waits for a number of them. */
export class HandledCounter {
  count = 0;
  private target = Number.POSITIVE_INFINITY;
  private reached: (() => void) | undefined;

  record(): void {
    this.count += 1;
    if (this.count >= this.target) this.reached?.();
  }

  waitFor(count: number): Promise<void> {
    if (this.count >= count) return Promise.resolve();
    this.target = count;
    return new Promise((resolve) => (this.reached = resolve));
  }

  reset(): void {
    this.count = 0;
    this.target = Number.POSITIVE_INFINITY;
  }
}
