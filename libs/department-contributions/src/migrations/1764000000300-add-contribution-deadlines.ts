import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The deadline a scheduled meeting sets for each task, and the meeting each case is scheduled on. */
export class AddContributionDeadlines1764000000300 implements MigrationInterface {
  name = 'AddContributionDeadlines1764000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      ALTER TABLE ${schema}.contribution_task
        ADD COLUMN meeting_id uuid,
        ADD COLUMN meeting_starts_at timestamptz,
        ADD COLUMN deadline timestamptz,
        ADD COLUMN remind_from timestamptz,
        ADD COLUMN reminder_announced_at timestamptz,
        ADD COLUMN overdue_announced_at timestamptz`);
    // The deadline checker looks only at open tasks with a deadline.
    await queryRunner.query(
      `CREATE INDEX contribution_task_deadline_idx ON ${schema}.contribution_task (remind_from) WHERE status = 'open' AND deadline IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.case_schedule (
        case_id uuid PRIMARY KEY,
        municipality text NOT NULL,
        meeting_id uuid NOT NULL,
        starts_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.case_schedule`);
    await queryRunner.query(`DROP INDEX ${schema}.contribution_task_deadline_idx`);
    await queryRunner.query(`
      ALTER TABLE ${schema}.contribution_task
        DROP COLUMN meeting_id,
        DROP COLUMN meeting_starts_at,
        DROP COLUMN deadline,
        DROP COLUMN remind_from,
        DROP COLUMN reminder_announced_at,
        DROP COLUMN overdue_announced_at`);
  }
}
