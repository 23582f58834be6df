import type {
  DeliveredMessage,
  MessageTransport,
  OutgoingMessage,
  PartitionLag,
  Subscription,
  SubscriptionOptions,
} from './message-transport';
import type { TopicSpec } from '../topology/topic-plan';
import { partitionForKey } from './partition-for-key';

interface StoredRecord {
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

interface PartitionReader {
  topic: string;
  partition: number;
}

/**
 * An in-process broker for the one-process run. It keeps Kafka's contracts: records with the
 * same key go to the same partition and are delivered in order; a group's offset moves only
 * after its handler resolves, so a failed handler sees the same record again (at least once).
 * It keeps its log in memory: records not yet handled when the process stops are re-sent only
 * if they are still in a service's outbox.
 */
export class EmbeddedBroker implements MessageTransport {
  readonly kind = 'embedded';
  private readonly logs = new Map<string, StoredRecord[][]>();
  private readonly waiters = new Set<() => void>();
  /** Each group's next offset per partition, keyed "group|topic|partition", for the lag metric. */
  private readonly groupOffsets = new Map<string, number>();
  private closed = false;

  constructor(
    private readonly partitionsPerTopic = 3,
    private readonly redeliveryDelayMs = 200,
  ) {}

  ensureTopics(topics: readonly (string | TopicSpec)[]): Promise<void> {
    for (const topic of topics) this.partitionsOf(typeof topic === 'string' ? topic : topic.topic);
    return Promise.resolve();
  }

  publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('embedded broker is closed'));
    for (const message of messages) {
      const partitions = this.partitionsOf(message.topic);
      partitions[partitionForKey(message.key, partitions.length)].push({
        key: message.key,
        value: Buffer.from(message.value, 'utf8'),
        headers: { ...message.headers },
      });
    }
    this.wakeAll();
    return Promise.resolve();
  }

  subscribe(options: SubscriptionOptions): Promise<Subscription> {
    const readers: PartitionReader[] = options.topics.flatMap((topic) =>
      this.partitionsOf(topic).map((_, partition) => ({ topic, partition })),
    );
    let running = true;
    const loops = readers.map((reader) => this.readLoop(reader, options, () => running));
    return Promise.resolve({
      stop: async () => {
        running = false;
        this.wakeAll();
        await Promise.all(loops);
      },
    });
  }

  isHealthy(): Promise<boolean> {
    return Promise.resolve(!this.closed);
  }

  close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    return Promise.resolve();
  }

  consumerLag(groupId: string, topics: readonly string[]): Promise<PartitionLag[]> {
    return Promise.resolve(
      topics.flatMap((topic) =>
        this.partitionsOf(topic).map((log, partition) => ({
          topic,
          partition,
          lag: log.length - (this.groupOffsets.get(`${groupId}|${topic}|${partition}`) ?? 0),
        })),
      ),
    );
  }

  /** Number of records on a topic, for tests and diagnostics. */
  size(topic: string): number {
    return this.partitionsOf(topic).reduce((sum, partition) => sum + partition.length, 0);
  }

  private async readLoop(reader: PartitionReader, options: SubscriptionOptions, isRunning: () => boolean) {
    const log = this.partitionsOf(reader.topic)[reader.partition];
    // A new group starts from the beginning, as our Kafka consumers do.
    let offset = 0;
    while (isRunning() && !this.closed) {
      if (offset >= log.length) {
        await this.waitForRecords();
        continue;
      }
      const records = options.handleBatch ? log.slice(offset, offset + (options.maxBatchSize ?? 100)) : [log[offset]];
      const delivered: DeliveredMessage[] = records.map((record, index) => ({
        topic: reader.topic,
        partition: reader.partition,
        offset: String(offset + index),
        key: record.key,
        value: record.value,
        headers: { ...record.headers },
      }));
      try {
        if (options.handleBatch) await options.handleBatch(delivered);
        else await options.handle(delivered[0]);
        offset += delivered.length;
        this.groupOffsets.set(`${options.groupId}|${reader.topic}|${reader.partition}`, offset);
      } catch {
        // At least once: the same record again after a pause.
        await new Promise((resolve) => setTimeout(resolve, this.redeliveryDelayMs));
      }
    }
  }

  private partitionsOf(topic: string): StoredRecord[][] {
    let partitions = this.logs.get(topic);
    if (!partitions) {
      partitions = Array.from({ length: this.partitionsPerTopic }, () => []);
      this.logs.set(topic, partitions);
    }
    return partitions;
  }

  private waitForRecords(): Promise<void> {
    return new Promise((resolve) => this.waiters.add(resolve));
  }

  private wakeAll(): void {
    const waiting = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiting) wake();
  }
}
