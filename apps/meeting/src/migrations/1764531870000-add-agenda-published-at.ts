import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a meeting's agenda was announced, so it goes out once. */
export class AddAgendaPublishedAt1764531870000 implements MigrationInterface {
  name = 'AddAgendaPublishedAt1764531870000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`ALTER TABLE ${schema}.meeting ADD COLUMN agenda_published_at timestamptz`);
    // A meeting already held needs no announcement of its case list any more.
    await queryRunner.query(
      `UPDATE ${schema}.meeting SET agenda_published_at = agenda_publishes_at WHERE starts_at <= now()`,
    );
    // The periodic check looks only at agendas still to go out.
    await queryRunner.query(
      `CREATE INDEX meeting_agenda_due_idx ON ${schema}.meeting (agenda_publishes_at) WHERE agenda_published_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP INDEX ${schema}.meeting_agenda_due_idx`);
    await queryRunner.query(`ALTER TABLE ${schema}.meeting DROP COLUMN agenda_published_at`);
  }
}
