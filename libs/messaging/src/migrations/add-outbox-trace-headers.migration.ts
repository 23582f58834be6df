import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quotedSchemaOf } from './create-messaging-tables.migration';

/** The trace context of the work that wrote an event, which the relay sends on as Kafka headers. */
export class AddOutboxTraceHeaders1764538407000 implements MigrationInterface {
  name = 'AddOutboxTraceHeaders1764538407000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${quotedSchemaOf(queryRunner)}.outbox_message ADD COLUMN trace_headers jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${quotedSchemaOf(queryRunner)}.outbox_message DROP COLUMN trace_headers`);
  }
}
