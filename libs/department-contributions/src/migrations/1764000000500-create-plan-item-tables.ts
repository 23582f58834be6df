import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The department's items of each case's joint plan (indsatsdel) and the progress reported on them. */
export class CreatePlanItemTables1764000000500 implements MigrationInterface {
  name = 'CreatePlanItemTables1764000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.department_plan (
        case_id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        municipality text NOT NULL,
        department text NOT NULL,
        plan_id uuid NOT NULL,
        plan_version integer NOT NULL CHECK (plan_version > 0),
        meeting_id uuid NOT NULL,
        employment_goal text NOT NULL,
        adopted_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.plan_item (
        item_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES ${schema}.department_plan (case_id),
        municipality text NOT NULL,
        description text NOT NULL,
        owner_id text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('not-started', 'started', 'completed', 'stopped')),
        position integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX plan_item_case_idx ON ${schema}.plan_item (case_id)`);
    await queryRunner.query(
      `CREATE INDEX plan_item_work_list_idx ON ${schema}.plan_item (municipality, status, starts_on)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.plan_item_progress (
        progress_id uuid PRIMARY KEY,
        item_id uuid NOT NULL,
        case_id uuid NOT NULL REFERENCES ${schema}.department_plan (case_id),
        status text NOT NULL,
        note text,
        reported_by text NOT NULL,
        reported_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX plan_item_progress_item_idx ON ${schema}.plan_item_progress (item_id, reported_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.plan_item_progress`);
    await queryRunner.query(`DROP TABLE ${schema}.plan_item`);
    await queryRunner.query(`DROP TABLE ${schema}.department_plan`);
  }
}

export const PLAN_ITEM_MIGRATIONS = [CreatePlanItemTables1764000000500];
