import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The deadlines the departments announce for their contributions, so the dossier shows each one's due date. */
export class AddContributionDeadlines1764531870100 implements MigrationInterface {
  name = 'AddContributionDeadlines1764531870100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    // One deadline per department for a case at a meeting: a moved deadline replaces the row.
    await queryRunner.query(`
      CREATE TABLE ${schema}.contribution_deadline (
        department text NOT NULL,
        case_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        contribution_id uuid NOT NULL,
        municipality text NOT NULL,
        deadline timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (department, case_id, meeting_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.contribution_deadline`);
  }
}
