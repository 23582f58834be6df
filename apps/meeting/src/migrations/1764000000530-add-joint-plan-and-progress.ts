import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The one plan (indsatsdel) per case, its versions, and the departments' progress reports on its items. */
export class AddJointPlanAndProgress1764000000530 implements MigrationInterface {
  name = 'AddJointPlanAndProgress1764000000530';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.joint_plan (
        plan_id uuid PRIMARY KEY,
        case_id uuid NOT NULL UNIQUE,
        person_id uuid NOT NULL,
        municipality text NOT NULL,
        version integer NOT NULL CHECK (version > 0)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.joint_plan_version (
        plan_id uuid NOT NULL REFERENCES ${schema}.joint_plan (plan_id),
        version integer NOT NULL CHECK (version > 0),
        meeting_id uuid NOT NULL,
        outcome text NOT NULL,
        employment_goal text NOT NULL,
        items jsonb NOT NULL,
        adopted_by text NOT NULL,
        adopted_at timestamptz NOT NULL,
        PRIMARY KEY (plan_id, version)
      )`);
    // No foreign key to the plan: a report may arrive before the plan it concerns.
    await queryRunner.query(`
      CREATE TABLE ${schema}.plan_item_progress (
        report_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        item_id uuid NOT NULL,
        department text NOT NULL,
        municipality text NOT NULL,
        status text NOT NULL,
        note text,
        reported_by text NOT NULL,
        reported_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX plan_item_progress_plan_idx ON ${schema}.plan_item_progress (plan_id, item_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.plan_item_progress`);
    await queryRunner.query(`DROP TABLE ${schema}.joint_plan_version`);
    await queryRunner.query(`DROP TABLE ${schema}.joint_plan`);
  }
}
