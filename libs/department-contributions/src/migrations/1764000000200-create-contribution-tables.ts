import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AddContributionDeadlines1764000000300 } from './1764000000300-add-contribution-deadlines';

/** The contribution tables, created in the schema of whichever department service runs it. */
export class CreateContributionTables1764000000200 implements MigrationInterface {
  name = 'CreateContributionTables1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.contribution_task (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        person_id uuid NOT NULL,
        municipality text NOT NULL,
        case_type text NOT NULL,
        status text NOT NULL,
        opened_at timestamptz NOT NULL,
        draft jsonb,
        latest_version integer NOT NULL,
        version integer NOT NULL,
        CONSTRAINT contribution_task_case_uq UNIQUE (case_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX contribution_task_queue_idx ON ${schema}.contribution_task (municipality, status, opened_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.contribution_version (
        task_id uuid NOT NULL REFERENCES ${schema}.contribution_task (id),
        version integer NOT NULL,
        content jsonb NOT NULL,
        submitted_by text NOT NULL,
        submitted_at timestamptz NOT NULL,
        reason text,
        PRIMARY KEY (task_id, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.contribution_version`);
    await queryRunner.query(`DROP TABLE ${schema}.contribution_task`);
  }
}

/** Every department service lists these; a department's own tables follow in its own migrations. */
export const CONTRIBUTION_MIGRATIONS = [CreateContributionTables1764000000200, AddContributionDeadlines1764000000300];
