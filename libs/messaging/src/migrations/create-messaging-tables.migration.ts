import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdentifier } from '../messaging.options';

/** The quoted schema of the DataSource a migration runs on; every service migrates its own. */
export function quotedSchemaOf(queryRunner: QueryRunner): string {
  const schema = (queryRunner.connection.options as { schema?: string }).schema;
  if (!schema) throw new Error('The messaging tables need a DataSource with a schema');
  return quoteIdentifier(schema);
}

/**
 * The outbox, inbox and dead-letter tables every service keeps in its own schema. Each
 * service lists this migration first in its own migrations.
 */
export class CreateMessagingTables1764000000000 implements MigrationInterface {
  name = 'CreateMessagingTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.outbox_message (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        event_type text NOT NULL,
        topic text NOT NULL,
        message_key text NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_message_unpublished_idx ON ${schema}.outbox_message (id) WHERE published_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.inbox_message (
        consumer_group text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        source_topic text NOT NULL,
        source_partition integer NOT NULL,
        source_offset bigint NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.dead_letter (
        id bigserial PRIMARY KEY,
        source_topic text NOT NULL,
        source_partition integer NOT NULL,
        source_offset bigint NOT NULL,
        event_id uuid,
        event_type text,
        reason text NOT NULL,
        attempts integer NOT NULL,
        dead_lettered_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.dead_letter`);
    await queryRunner.query(`DROP TABLE ${schema}.inbox_message`);
    await queryRunner.query(`DROP TABLE ${schema}.outbox_message`);
  }
}
