import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The departments' overdue contributions, as they announce them, for the statistics. */
export class AddOverdueContributions1764000000560 implements MigrationInterface {
  name = 'AddOverdueContributions1764000000560';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    // A deadline is announced overdue once; the key keeps a redelivered announcement single.
    await queryRunner.query(`
      CREATE TABLE ${schema}.overdue_contribution (
        department text NOT NULL,
        contribution_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        case_id uuid NOT NULL,
        municipality text NOT NULL,
        deadline timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (department, contribution_id, meeting_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX overdue_contribution_municipality_idx ON ${schema}.overdue_contribution (municipality, department)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.overdue_contribution`);
  }
}
