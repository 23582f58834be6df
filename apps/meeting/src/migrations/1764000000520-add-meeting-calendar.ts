import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The calendar: capacity, slot length, agenda publication, recurring series, and late additions. */
export class AddMeetingCalendar1764000000520 implements MigrationInterface {
  name = 'AddMeetingCalendar1764000000520';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      ALTER TABLE ${schema}.meeting
        ADD COLUMN capacity integer NOT NULL DEFAULT 5 CHECK (capacity BETWEEN 1 AND 10),
        ADD COLUMN slot_minutes integer NOT NULL DEFAULT 45 CHECK (slot_minutes BETWEEN 30 AND 60),
        ADD COLUMN agenda_publishes_at timestamptz,
        ADD COLUMN series_id uuid`);
    // Meetings scheduled before the calendar published their agenda the usual 24 hours ahead.
    await queryRunner.query(`UPDATE ${schema}.meeting SET agenda_publishes_at = starts_at - interval '24 hours'`);
    await queryRunner.query(`ALTER TABLE ${schema}.meeting ALTER COLUMN agenda_publishes_at SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX meeting_series_idx ON ${schema}.meeting (series_id) WHERE series_id IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE ${schema}.agenda_item ADD COLUMN late boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`ALTER TABLE ${schema}.agenda_item DROP COLUMN late`);
    await queryRunner.query(`DROP INDEX ${schema}.meeting_series_idx`);
    await queryRunner.query(`
      ALTER TABLE ${schema}.meeting
        DROP COLUMN series_id,
        DROP COLUMN agenda_publishes_at,
        DROP COLUMN slot_minutes,
        DROP COLUMN capacity`);
  }
}
