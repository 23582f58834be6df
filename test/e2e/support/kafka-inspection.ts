import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';

export interface SeenRecord {
  topic: string;
  partition: number;
  offset: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** The parts of an event envelope a test looks at. */
export interface SeenEnvelope<Payload> {
  eventId: string;
  type: string;
  caseId: string;
  municipality: string;
  payload: Payload;
}

export interface SeenEvent<Payload> {
  record: SeenRecord;
  envelope: SeenEnvelope<Payload>;
}

/** A meeting's own event: it names the meeting, and no case or citizen. */
export interface SeenMeetingEvent<Payload> {
  record: SeenRecord;
  envelope: { eventId: string; type: string; meetingId: string; municipality: string; payload: Payload };
}

/** Reads and writes topics directly, as an operator or an attacker with broker access could. */
export class KafkaInspector {
  private readonly kafka: Kafka;
  private producer: Producer | undefined;

  constructor(brokers: string[]) {
    this.kafka = new Kafka({ clientId: 'e2e-inspector', brokers, logLevel: logLevel.NOTHING });
  }

  async publishRaw(topic: string, key: string, value: string, headers?: Record<string, string>): Promise<void> {
    if (!this.producer) {
      this.producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
      await this.producer.connect();
    }
    await this.producer.send({ topic, messages: [{ key, value, headers }] });
  }

  /** The events of one wire type on the topics with this prefix, read back as envelopes. */
  async eventsOfType<Payload = Record<string, unknown>>(prefix: string, type: string): Promise<SeenEvent<Payload>[]> {
    return (await this.readAll(prefix))
      .filter((record) => record.headers['event-type'] === type)
      .map((record) => ({ record, envelope: JSON.parse(record.value) as SeenEnvelope<Payload> }));
  }

  /** A meeting's own events of one wire type on the topics with this prefix. */
  async meetingEventsOfType<Payload = Record<string, unknown>>(
    prefix: string,
    type: string,
  ): Promise<SeenMeetingEvent<Payload>[]> {
    return (await this.readAll(prefix))
      .filter((record) => record.headers['event-type'] === type)
      .map((record) => ({ record, envelope: JSON.parse(record.value) as SeenMeetingEvent<Payload>['envelope'] }));
  }

  /** Everything on the topics with this prefix, from the beginning up to their current end. */
  async readAll(prefix: string): Promise<SeenRecord[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(`${prefix}.`));
    const ends = new Map<string, number>();
    for (const topic of topics) {
      for (const partition of await admin.fetchTopicOffsets(topic)) {
        ends.set(`${topic}/${partition.partition}`, Number(partition.high));
      }
    }
    await admin.disconnect();
    const expected = [...ends.values()].reduce((sum, high) => sum + high, 0);
    const seen: SeenRecord[] = [];
    if (expected === 0) return seen;
    const consumer = this.kafka.consumer({ groupId: `e2e-inspector-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read ${seen.length} of ${expected} records`)), 30_000);
      void consumer.run({
        eachMessage: ({ topic, partition, message }) => {
          if (Number(message.offset) < (ends.get(`${topic}/${partition}`) ?? 0)) {
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
            seen.push({
              topic,
              partition,
              offset: message.offset,
              key: message.key?.toString('utf8') ?? '',
              value: message.value?.toString('utf8') ?? '',
              headers,
            });
          }
          if (seen.length >= expected) {
            clearTimeout(timer);
            resolve();
          }
          return Promise.resolve();
        },
      });
    });
    await consumer.disconnect();
    return seen;
  }

  /** The committed offset of a consumer group on one partition, or -1 if none. */
  async committedOffset(groupId: string, topic: string, partition: number): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
      const found = offsets?.partitions.find((entry) => entry.partition === partition);
      return found ? Number(found.offset) : -1;
    } finally {
      await admin.disconnect();
    }
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
  }
}
