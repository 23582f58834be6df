import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';

/**
 * The ceiling: kafkajs alone, producing envelope-sized events and consuming them with the same
 * settings our pipeline uses (idempotent producer, acks from all replicas, eachMessage with three
 * partitions at once), with nothing else in the way.
 */
export async function measureRawKafkajs(options: {
  brokers: string[];
  events: number;
  sampleValue: string;
  batchSize: number;
}): Promise<{ eventsPerSecond: number; seconds: number }> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: options.brokers, logLevel: logLevel.ERROR });
  const topic = `bench-raw-${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 6, replicationFactor: 1 }] });
  await admin.disconnect();

  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({
    groupId: `bench-raw-${randomUUID()}`,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
  });
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let consumed = 0;
  let done!: () => void;
  const allConsumed = new Promise<void>((resolve) => (done = resolve));
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachMessage: () => {
      consumed += 1;
      if (consumed === options.events) done();
      return Promise.resolve();
    },
  });
  const keys = Array.from({ length: 200 }, () => randomUUID());
  const started = process.hrtime.bigint();
  for (let sent = 0; sent < options.events; sent += options.batchSize) {
    const count = Math.min(options.batchSize, options.events - sent);
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: count }, (_, index) => ({
        key: keys[(sent + index) % keys.length],
        value: options.sampleValue,
      })),
    });
  }
  await allConsumed;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await consumer.disconnect();
  await producer.disconnect();
  return { eventsPerSecond: options.events / seconds, seconds };
}
