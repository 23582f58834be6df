import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quotedSchemaOf } from './create-messaging-tables.migration';

/**
 * Keeps the dead-lettered message itself beside its reason, so an operator can replay it once
 * the cause is fixed, and records when it was replayed. The value is kept as bytes: a poison
 * message may hold anything, including bytes no text column accepts.
 */
export class KeepDeadLetteredMessages1764537219000 implements MigrationInterface {
  name = 'KeepDeadLetteredMessages1764537219000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      ALTER TABLE ${schema}.dead_letter
        ADD COLUMN message_key text,
        ADD COLUMN message_value bytea,
        ADD COLUMN message_headers jsonb,
        ADD COLUMN replay_count integer NOT NULL DEFAULT 0,
        ADD COLUMN last_replayed_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      ALTER TABLE ${schema}.dead_letter
        DROP COLUMN last_replayed_at,
        DROP COLUMN replay_count,
        DROP COLUMN message_headers,
        DROP COLUMN message_value,
        DROP COLUMN message_key`);
  }
}
