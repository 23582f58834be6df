import {
  type Admin,
  type Consumer,
  type IHeaders,
  Kafka,
  type KafkaConfig,
  logLevel,
  type LogEntry,
  Partitioners,
  type Producer,
} from 'kafkajs';
import type { MessageTransport, OutgoingMessage, Subscription, SubscriptionOptions } from './message-transport';

export interface KafkaTransportOptions {
  brokers: readonly string[];
  clientId: string;
  /** Partitions for topics this transport creates. Existing topics keep theirs. */
  partitions?: number;
  /** How many partitions one consumer handles at once; order within a partition is kept. */
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
  log?: (level: 'error' | 'warn' | 'info' | 'debug', message: string, extra: Record<string, unknown>) => void;
}

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    result[name] = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  }
  return result;
}

/**
 * The Kafka transport, on kafkajs directly: one idempotent producer (acks from all in-sync
 * replicas, one request in flight, so retries cannot reorder), and one consumer per
 * subscription whose offsets are resolved only after the handler has resolved.
 */
export class KafkaTransport implements MessageTransport {
  readonly kind = 'kafka';
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  private readonly producer: Producer;
  private readonly consumers = new Set<Consumer>();
  private producerConnected: Promise<void> | undefined;
  private adminConnected: Promise<void> | undefined;

  constructor(private readonly options: KafkaTransportOptions) {
    const config: KafkaConfig = {
      clientId: options.clientId,
      brokers: [...options.brokers],
      logLevel: logLevel.WARN,
      logCreator:
        () =>
        ({ level, log }: LogEntry) => {
          const { message, ...extra } = log;
          const mapped = level <= logLevel.ERROR ? 'error' : level === logLevel.WARN ? 'warn' : 'info';
          options.log?.(mapped, `kafka: ${message}`, extra);
        },
      retry: { initialRetryTime: 100, retries: 8 },
    };
    this.kafka = new Kafka(config);
    this.admin = this.kafka.admin();
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  /**
   * Creates the topics that do not exist yet. Several services start at once and create the same
   * topics; kafkajs then gives up on a metadata answer such as "unknown topic" that only means
   * another client's topic is not everywhere yet, so retriable errors are tried again.
   */
  async ensureTopics(topics: readonly string[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.createMissingTopics(topics);
        return;
      } catch (error) {
        const retriable =
          (error as { retriable?: boolean }).retriable === true || (error as Error).name === 'KafkaJSAggregateError';
        if (!retriable || attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }

  private async createMissingTopics(topics: readonly string[]): Promise<void> {
    await this.connectAdmin();
    const existing = new Set(await this.admin.listTopics());
    const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await this.admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: this.options.partitions ?? 6, replicationFactor: -1 })),
      });
    }
    // Another service may have created some of them a moment ago: every partition needs a leader.
    const metadata = await this.admin.fetchTopicMetadata({ topics: [...new Set(topics)] });
    const leaderless = metadata.topics.filter((topic) => topic.partitions.some((partition) => partition.leader < 0));
    if (leaderless.length > 0) {
      throw Object.assign(new Error(`topics without a leader yet: ${leaderless.map((topic) => topic.name).join(', ')}`), {
        retriable: true,
      });
    }
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.connectProducer();
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const message of messages) {
      const list = byTopic.get(message.topic) ?? [];
      list.push(message);
      byTopic.set(message.topic, list);
    }
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((message) => ({ key: message.key, value: message.value, headers: message.headers })),
      })),
    });
  }

  async subscribe(options: SubscriptionOptions): Promise<Subscription> {
    const consumer = this.kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 10_000,
      heartbeatInterval: 1_000,
      allowAutoTopicCreation: false,
    });
    this.consumers.add(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [...options.topics], fromBeginning: true });
    const handleBatch = options.handleBatch?.bind(options);
    if (handleBatch) {
      const maxBatchSize = options.maxBatchSize ?? 100;
      await consumer.run({
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
        eachBatchAutoResolve: false,
        // Offsets are resolved only after handleBatch resolves, which is after its database
        // transaction has committed; kafkajs commits resolved offsets.
        eachBatch: async (payload) => {
          const { batch } = payload;
          const messages = batch.messages.map((message) => ({
            topic: batch.topic,
            partition: batch.partition,
            offset: message.offset,
            key: message.key ? message.key.toString('utf8') : null,
            value: message.value,
            headers: headersToStrings(message.headers),
          }));
          for (let start = 0; start < messages.length; start += maxBatchSize) {
            if (!payload.isRunning() || payload.isStale()) break;
            const chunk = messages.slice(start, start + maxBatchSize);
            await handleBatch(chunk);
            payload.resolveOffset(chunk[chunk.length - 1].offset);
            await payload.heartbeat();
          }
        },
      });
      return this.subscriptionOf(consumer);
    }
    await consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      // kafkajs resolves a message's offset only when eachMessage resolves, and the handler
      // resolves only after its database transaction has committed.
      eachMessage: async (payload) => {
        const { topic, partition, message } = payload;
        await options.handle({
          topic,
          partition,
          offset: message.offset,
          key: message.key ? message.key.toString('utf8') : null,
          value: message.value,
          headers: headersToStrings(message.headers),
        });
        await payload.heartbeat();
      },
    });
    return this.subscriptionOf(consumer);
  }

  private subscriptionOf(consumer: Consumer): Subscription {
    return {
      stop: async () => {
        // disconnect() waits for the messages in hand and commits resolved offsets.
        await consumer.disconnect();
        this.consumers.delete(consumer);
      },
    };
  }

  async isHealthy(): Promise<boolean> {
    try {
      await this.connectAdmin();
      const cluster = await this.admin.describeCluster();
      return cluster.brokers.length > 0;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((consumer) => consumer.disconnect()));
    this.consumers.clear();
    if (this.producerConnected) await this.producer.disconnect();
    if (this.adminConnected) await this.admin.disconnect();
  }

  private connectProducer(): Promise<void> {
    this.producerConnected ??= this.producer.connect().catch((error: unknown) => {
      this.producerConnected = undefined;
      throw error;
    });
    return this.producerConnected;
  }

  private connectAdmin(): Promise<void> {
    this.adminConnected ??= this.admin.connect().catch((error: unknown) => {
      this.adminConnected = undefined;
      throw error;
    });
    return this.adminConnected;
  }
}
