import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The order of business as it happened: opening, then each case's steps, with their times. */
export class AddMeetingProceedings1764000000550 implements MigrationInterface {
  name = 'AddMeetingProceedings1764000000550';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.meeting_proceeding_step (
        meeting_id uuid NOT NULL REFERENCES ${schema}.meeting (id),
        sequence integer NOT NULL CHECK (sequence > 0),
        step text NOT NULL,
        case_id uuid,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (meeting_id, sequence),
        CHECK ((step = 'opened') = (case_id IS NULL))
      )`);
    // Each step once per case, and the opening once per meeting, whatever the application does.
    await queryRunner.query(
      `CREATE UNIQUE INDEX meeting_proceeding_step_once_idx ON ${schema}.meeting_proceeding_step (meeting_id, step, case_id) NULLS NOT DISTINCT`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.meeting_proceeding_step`);
  }
}
