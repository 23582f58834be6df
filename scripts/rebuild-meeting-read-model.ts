import { physicalTopic } from '@rehab/contracts';
import { RuntimeSettings } from '@rehab/platform';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { REBUILD_EVENT_TYPES, REBUILD_TOPICS, REBUILDABLE_READ_MODELS } from '../apps/meeting/src/read-model-rebuild';
import { meetingService } from '../apps/meeting/src/service-definition';

/**
 * Empties the meeting service's rebuildable read models and makes its consumer group read their
 * topics again from the earliest retained event. Run it with every meeting-service instance
 * stopped; start them afterwards and watch rehab_consumer_lag fall to zero.
 */
async function main(): Promise<void> {
  const settings = new RuntimeSettings(process.env);
  const databaseUrl = settings.optional('DATABASE_URL');
  const brokers = settings.optional('KAFKA_BROKERS');
  if (!databaseUrl || !brokers) throw new Error('DATABASE_URL and KAFKA_BROKERS must be set');
  const prefix = settings.get('KAFKA_TOPIC_PREFIX', '');
  const groupId = physicalTopic(meetingService.name, prefix);
  const topics = REBUILD_TOPICS.map((topic) => physicalTopic(topic, prefix));

  const kafka = new Kafka({ clientId: 'meeting-rebuild', brokers: brokers.split(','), logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  await admin.connect();
  const database = new Client({ connectionString: databaseUrl });
  await database.connect();
  try {
    // A group's offsets can only be moved while it has no members.
    const [group] = (await admin.describeGroups([groupId])).groups;
    if (group && group.members.length > 0) {
      throw new Error(
        `consumer group ${groupId} has ${group.members.length} member(s): stop every meeting-service instance first`,
      );
    }
    // Offsets first: should the database step fail, the group merely reads events its inbox skips.
    for (const topic of topics) await admin.resetOffsets({ groupId, topic, earliest: true });
    const schema = `"${meetingService.schema}"`;
    await database.query('BEGIN');
    const emptied: Record<string, number> = {};
    for (const model of REBUILDABLE_READ_MODELS) {
      emptied[model.table] = (await database.query(`DELETE FROM ${schema}.${model.table}`)).rowCount ?? 0;
    }
    // Only these events count as new again; every other handler finds its events in the inbox and skips them.
    const forgotten = await database.query(
      `DELETE FROM ${schema}.inbox_message WHERE consumer_group = $1 AND event_type = ANY($2::text[])`,
      [meetingService.name, REBUILD_EVENT_TYPES],
    );
    await database.query('COMMIT');
    for (const [table, rows] of Object.entries(emptied)) process.stdout.write(`emptied_${table}=${rows}\n`);
    process.stdout.write(`inbox_rows_forgotten=${forgotten.rowCount ?? 0}\n`);
    process.stdout.write(`group=${groupId}\ntopics_reset=${topics.join(',')}\n`);
  } catch (error) {
    await database.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await database.end();
    await admin.disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `meeting read-model rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
