import {
  type Admin,
  ConfigResourceTypes,
  type Consumer,
  type IHeaders,
  Kafka,
  type KafkaConfig,
  logLevel,
  type LogEntry,
  Partitioners,
  type Producer,
} from 'kafkajs';
import type { TopicSpec } from '../topology/topic-plan';
import type { MessageTransport, OutgoingMessage, PartitionLag, Subscription, SubscriptionOptions } from './message-transport';

/** What applying a topic plan changed on the broker. */
export interface TopicProvisioningReport {
  created: string[];
  partitionsAdded: { topic: string; from: number; to: number }[];
  reconfigured: string[];
  unchanged: string[];
}

export interface KafkaTransportOptions {
  brokers: readonly string[];
  clientId: string;
  /** Partitions for topics this transport creates. Existing topics keep theirs. */
  partitions?: number;
  /** How many partitions one consumer handles at once; order within a partition is kept. */
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
  /** TLS towards the brokers; off unless given. */
  ssl?: KafkaConfig['ssl'];
  /** SASL authentication (PLAIN only over TLS, or SCRAM); off unless given. */
  sasl?: KafkaConfig['sasl'];
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
  private producer: Producer;
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
      ...(options.ssl ? { ssl: options.ssl } : {}),
      ...(options.sasl ? { sasl: options.sasl } : {}),
    };
    this.kafka = new Kafka(config);
    this.admin = this.kafka.admin();
    this.producer = this.newProducer();
  }

  private newProducer(): Producer {
    return this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  /**
   * After a failed send the producer is replaced. A kafkajs idempotent producer whose sequence
   * numbers fell out of step with the broker (after a broker restart, say) stays broken for
   * good; a new producer gets a new producer id. The caller sends the same rows again, and
   * consumers' inboxes drop what had already arrived.
   */
  private async replaceProducer(): Promise<void> {
    const broken = this.producer;
    const wasConnected = this.producerConnected;
    this.producer = this.newProducer();
    this.producerConnected = undefined;
    if (wasConnected) await broken.disconnect().catch(() => undefined);
  }

  /**
   * Creates the topics that do not exist yet. Several services start at once and create the same
   * topics; kafkajs then gives up on a metadata answer such as "unknown topic" that only means
   * another client's topic is not everywhere yet, so retriable errors are tried again.
   */
  async ensureTopics(topics: readonly (string | TopicSpec)[]): Promise<void> {
    const specs = topics.map((topic) => (typeof topic === 'string' ? { topic, config: {} } : topic));
    await this.retryingRetriable(() => this.createMissingTopics(specs));
  }

  /**
   * Brings the broker in line with a topic plan, and can be run any number of times: creates
   * missing topics, adds partitions where the plan has more (Kafka cannot take any away), and
   * sets the plan's configuration where it differs.
   */
  async provisionTopics(specs: readonly TopicSpec[]): Promise<TopicProvisioningReport> {
    const report: TopicProvisioningReport = { created: [], partitionsAdded: [], reconfigured: [], unchanged: [] };
    await this.connectAdmin();
    const existing = new Set(await this.admin.listTopics());
    report.created = specs.filter((spec) => !existing.has(spec.topic)).map((spec) => spec.topic);
    await this.ensureTopics(specs);
    const present = specs.filter((spec) => existing.has(spec.topic));
    if (present.length === 0) return report;
    const metadata = await this.admin.fetchTopicMetadata({ topics: present.map((spec) => spec.topic) });
    const partitionCount = new Map(metadata.topics.map((topic) => [topic.name, topic.partitions.length]));
    const configs = await this.admin.describeConfigs({
      includeSynonyms: false,
      resources: present.map((spec) => ({ type: ConfigResourceTypes.TOPIC, name: spec.topic })),
    });
    const current = new Map(
      configs.resources.map((resource) => [
        resource.resourceName,
        new Map(resource.configEntries.map((entry) => [entry.configName, entry.configValue])),
      ]),
    );
    for (const spec of present) {
      const from = partitionCount.get(spec.topic) ?? 0;
      const to = spec.partitions ?? from;
      if (to > from) {
        await this.admin.createPartitions({ topicPartitions: [{ topic: spec.topic, count: to }] });
        report.partitionsAdded.push({ topic: spec.topic, from, to });
      }
      const differs = Object.entries(spec.config).some(([name, value]) => current.get(spec.topic)?.get(name) !== value);
      if (differs) {
        await this.admin.alterConfigs({
          validateOnly: false,
          resources: [
            {
              type: ConfigResourceTypes.TOPIC,
              name: spec.topic,
              configEntries: Object.entries(spec.config).map(([name, value]) => ({ name, value })),
            },
          ],
        });
        report.reconfigured.push(spec.topic);
      }
      if (to <= from && !differs) report.unchanged.push(spec.topic);
    }
    return report;
  }

  private async retryingRetriable(action: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await action();
        return;
      } catch (error) {
        const retriable =
          (error as { retriable?: boolean }).retriable === true || (error as Error).name === 'KafkaJSAggregateError';
        if (!retriable || attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }

  private async createMissingTopics(specs: readonly TopicSpec[]): Promise<void> {
    await this.connectAdmin();
    const existing = new Set(await this.admin.listTopics());
    const wanted = [...new Map(specs.map((spec) => [spec.topic, spec])).values()];
    const missing = wanted.filter((spec) => !existing.has(spec.topic));
    if (missing.length > 0) {
      await this.admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((spec) => ({
          topic: spec.topic,
          numPartitions: spec.partitions ?? this.options.partitions ?? 6,
          replicationFactor: -1,
          configEntries: Object.entries(spec.config).map(([name, value]) => ({ name, value })),
        })),
      });
    }
    // Another service may have created some of them a moment ago: every partition needs a leader.
    const metadata = await this.admin.fetchTopicMetadata({ topics: wanted.map((spec) => spec.topic) });
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
    try {
      await this.producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({
          topic,
          messages: list.map((message) => ({ key: message.key, value: message.value, headers: message.headers })),
        })),
      });
    } catch (error) {
      await this.replaceProducer();
      throw error;
    }
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

  /**
   * The broker's high watermark against the group's committed offset. A partition the group has
   * never committed on counts from its first retained message, as our consumers start there.
   */
  async consumerLag(groupId: string, topics: readonly string[]): Promise<PartitionLag[]> {
    await this.connectAdmin();
    const [committed, ends] = await Promise.all([
      this.admin.fetchOffsets({ groupId, topics: [...topics] }),
      Promise.all(topics.map(async (topic) => ({ topic, partitions: await this.admin.fetchTopicOffsets(topic) }))),
    ]);
    const committedOffset = new Map(
      committed.flatMap(({ topic, partitions }) =>
        partitions.map((partition) => [`${topic}:${partition.partition}`, Number(partition.offset)] as const),
      ),
    );
    return ends.flatMap(({ topic, partitions }) =>
      partitions.map((partition) => {
        const high = Number(partition.high);
        const offset = committedOffset.get(`${topic}:${partition.partition}`) ?? -1;
        const from = offset >= 0 ? offset : Number(partition.low);
        return { topic, partition: partition.partition, lag: Math.max(0, high - from) };
      }),
    );
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
