import type { TopicSpec } from '../topology/topic-plan';

/** A record on its way to a topic. */
export interface OutgoingMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** A record as a consumer receives it, with where it came from. */
export interface DeliveredMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

export interface SubscriptionOptions {
  groupId: string;
  topics: readonly string[];
  /**
   * Called once per message, in order per partition. The message counts as consumed only
   * when this resolves; if it rejects, the same message is delivered again.
   */
  handle(message: DeliveredMessage): Promise<void>;
  /**
   * When given, consecutive messages of one partition arrive together, in order, and count as
   * consumed only when this resolves; if it rejects, they are all delivered again.
   */
  handleBatch?(messages: readonly DeliveredMessage[]): Promise<void>;
  /** The most messages one handleBatch call receives. */
  maxBatchSize?: number;
}

/** How far one consumer group is behind on one partition. */
export interface PartitionLag {
  topic: string;
  partition: number;
  /** Messages on the partition that the group has not committed yet. */
  lag: number;
}

export interface Subscription {
  /** Finishes the message in hand, commits what was handled and stops. */
  stop(): Promise<void>;
}

/**
 * What the messaging pipeline needs from a broker. Kafka implements it for the distributed
 * layout, the embedded broker for the one-process run; both keep per-key order,
 * at-least-once delivery and offsets that move only after a handler has finished.
 */
export interface MessageTransport {
  readonly kind: 'kafka' | 'embedded';
  /** Creates the topics that do not exist yet; a spec gives a new topic its partitions and settings. */
  ensureTopics(topics: readonly (string | TopicSpec)[]): Promise<void>;
  /** Resolves once every message is durably accepted by the broker, in the given order per key. */
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
  subscribe(options: SubscriptionOptions): Promise<Subscription>;
  isHealthy(): Promise<boolean>;
  close(): Promise<void>;
  /** How far a consumer group is behind on each partition of the given topics, for the metrics. */
  consumerLag?(groupId: string, topics: readonly string[]): Promise<PartitionLag[]>;
}

export const MESSAGE_TRANSPORT = Symbol('MESSAGE_TRANSPORT');
