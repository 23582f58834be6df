import { ALL_TOPICS, deadLetterTopicFor, physicalTopic } from '@rehab/contracts';

/** One topic as it should exist on the broker. */
export interface TopicSpec {
  topic: string;
  /** Left out: the transport's default (KAFKA_TOPIC_PARTITIONS). */
  partitions?: number;
  /** Topic-level Kafka configuration, e.g. retention.ms and cleanup.policy. */
  config: Record<string, string>;
}

export interface TopicPlanSettings {
  /** Prepended to every topic name, as the services do (KAFKA_TOPIC_PREFIX). */
  prefix?: string;
  partitions?: number;
  eventRetentionDays?: number;
  deadLetterRetentionDays?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long the broker keeps messages. Event topics keep three months: long enough for a consumer
 * to be down over a holiday and catch up, and to rebuild a read model from the topic; every
 * event also stays in its producer's outbox table. Dead letters wait a year for an operator.
 */
export const DEFAULT_TOPIC_PLAN_SETTINGS = {
  eventRetentionDays: 90,
  deadLetterRetentionDays: 365,
} as const;

function retention(days: number): Record<string, string> {
  // Events are history, never a latest-value table: deleting by age, not compaction.
  return { 'cleanup.policy': 'delete', 'retention.ms': String(days * DAY_MS) };
}

/** The event topics of libs/contracts, as every service expects them. */
export function eventTopicSpecs(settings: TopicPlanSettings = {}): TopicSpec[] {
  const days = settings.eventRetentionDays ?? DEFAULT_TOPIC_PLAN_SETTINGS.eventRetentionDays;
  return ALL_TOPICS.map((topic) => ({
    topic: physicalTopic(topic, settings.prefix ?? ''),
    partitions: settings.partitions,
    config: retention(days),
  }));
}

/** A consumer group's own dead-letter topic, kept longer than the events. */
export function deadLetterTopicSpec(consumerGroup: string, settings: TopicPlanSettings = {}): TopicSpec {
  return {
    topic: physicalTopic(deadLetterTopicFor(consumerGroup), settings.prefix ?? ''),
    partitions: settings.partitions,
    config: retention(settings.deadLetterRetentionDays ?? DEFAULT_TOPIC_PLAN_SETTINGS.deadLetterRetentionDays),
  };
}

/** Every topic of a deployment whose services are the given consumer groups. */
export function topicPlan(consumerGroups: readonly string[], settings: TopicPlanSettings = {}): TopicSpec[] {
  return [...eventTopicSpecs(settings), ...consumerGroups.map((group) => deadLetterTopicSpec(group, settings))];
}
