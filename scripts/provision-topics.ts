import { DEFAULT_TOPIC_PLAN_SETTINGS, KafkaTransport, topicPlan } from '@rehab/messaging';
import { RuntimeSettings } from '@rehab/platform';
import { ALL_SERVICES } from '../apps/all-in-one/src/service-catalogue';

/**
 * Applies the topic plan (libs/messaging topology, derived from libs/contracts) to the broker in
 * KAFKA_BROKERS: every event topic, and a dead-letter topic per service. Safe to run again.
 */
async function main(): Promise<void> {
  const settings = new RuntimeSettings(process.env);
  const brokers = settings.optional('KAFKA_BROKERS');
  if (!brokers) throw new Error('KAFKA_BROKERS is not set');
  const plan = topicPlan(
    ALL_SERVICES.map((service) => service.name),
    {
      prefix: settings.get('KAFKA_TOPIC_PREFIX', ''),
      partitions: settings.number('KAFKA_TOPIC_PARTITIONS', 6),
      eventRetentionDays: settings.number('KAFKA_EVENT_RETENTION_DAYS', DEFAULT_TOPIC_PLAN_SETTINGS.eventRetentionDays),
      deadLetterRetentionDays: settings.number(
        'KAFKA_DEAD_LETTER_RETENTION_DAYS',
        DEFAULT_TOPIC_PLAN_SETTINGS.deadLetterRetentionDays,
      ),
    },
  );
  const transport = new KafkaTransport({
    brokers: brokers.split(',').map((broker) => broker.trim()),
    clientId: 'topic-provisioning',
  });
  try {
    const report = await transport.provisionTopics(plan);
    for (const topic of report.created) process.stdout.write(`created ${topic}\n`);
    for (const change of report.partitionsAdded)
      process.stdout.write(`partitions ${change.topic} ${change.from} -> ${change.to}\n`);
    for (const topic of report.reconfigured) process.stdout.write(`reconfigured ${topic}\n`);
    process.stdout.write(
      `topics=${plan.length} created=${report.created.length} partitions_added=${report.partitionsAdded.length} ` +
        `reconfigured=${report.reconfigured.length} unchanged=${report.unchanged.length}\n`,
    );
  } finally {
    await transport.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`topic provisioning failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
