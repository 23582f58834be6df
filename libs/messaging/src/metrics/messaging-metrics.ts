import { Counter, Gauge } from 'prom-client';
import type { PartitionLag } from '../transport/message-transport';

/**
 * What one running service tells the metrics about its messaging, read at scrape time so the
 * figures come from the database and the broker rather than from counters a restart resets.
 */
export interface MessagingMetricsSource {
  service: string;
  groupId: string;
  outbox(): Promise<{ backlog: number; oldestAgeSeconds: number }>;
  deadLetters(): Promise<{ sourceTopic: string; count: number }[]>;
  consumerLag(): Promise<PartitionLag[]>;
}

/** Every service in this process; in the one-process layout there are several. */
const sources = new Set<MessagingMetricsSource>();

/** A broker or database that does not answer must not hold a scrape up. */
const SOURCE_TIMEOUT_MS = 2_000;

async function readEach<T>(
  read: (source: MessagingMetricsSource) => Promise<T>,
): Promise<[MessagingMetricsSource, T][]> {
  const results = await Promise.all(
    [...sources].map(async (source) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<undefined>(
        (resolve) => (timer = setTimeout(() => resolve(undefined), SOURCE_TIMEOUT_MS)),
      );
      try {
        const value = await Promise.race([read(source), timeout]);
        return value === undefined ? undefined : ([source, value] as [MessagingMetricsSource, T]);
      } catch {
        // The series goes missing for this scrape; an absent series is what alerts key on.
        return undefined;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return results.filter((result): result is [MessagingMetricsSource, T] => result !== undefined);
}

/** Registered on prom-client's default register, the one /metrics serves. */
export const messagingMetrics = {
  outboxBacklog: new Gauge({
    name: 'rehab_outbox_backlog',
    help: 'Outbox rows committed but not yet published to the broker',
    labelNames: ['service'],
    async collect() {
      this.reset();
      for (const [source, outbox] of await readEach((each) => each.outbox())) {
        this.set({ service: source.service }, outbox.backlog);
      }
    },
  }),
  outboxOldestAge: new Gauge({
    name: 'rehab_outbox_oldest_unsent_age_seconds',
    help: 'Age of the oldest outbox row not yet published; 0 when the outbox is empty',
    labelNames: ['service'],
    async collect() {
      this.reset();
      for (const [source, outbox] of await readEach((each) => each.outbox())) {
        this.set({ service: source.service }, outbox.oldestAgeSeconds);
      }
    },
  }),
  deadLetters: new Gauge({
    name: 'rehab_dead_letters',
    help: 'Messages this service has sent to its dead-letter topic, as recorded in its database',
    labelNames: ['service', 'source_topic'],
    async collect() {
      this.reset();
      for (const [source, rows] of await readEach((each) => each.deadLetters())) {
        for (const row of rows) this.set({ service: source.service, source_topic: row.sourceTopic }, row.count);
      }
    },
  }),
  consumerLag: new Gauge({
    name: 'rehab_consumer_lag',
    help: 'Messages on a partition that the consumer group has not committed yet',
    labelNames: ['service', 'group', 'topic', 'partition'],
    async collect() {
      this.reset();
      for (const [source, lags] of await readEach((each) => each.consumerLag())) {
        for (const lag of lags) {
          this.set(
            { service: source.service, group: source.groupId, topic: lag.topic, partition: String(lag.partition) },
            lag.lag,
          );
        }
      }
    },
  }),
  deadLettered: new Counter({
    name: 'rehab_messages_dead_lettered_total',
    help: 'Messages sent to the dead-letter topic by this process since it started',
    labelNames: ['service', 'source_topic'],
  }),
  consumed: new Counter({
    name: 'rehab_messages_consumed_total',
    help: 'Messages the consumer has finished with since this process started, by outcome',
    labelNames: ['service', 'topic', 'outcome'],
  }),
};

export function addMessagingMetricsSource(source: MessagingMetricsSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}
