import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consents, the team composition of a case, attachments to the preparatory part, and what
 * follows a decided resource programme: extensions, the first activity and re-presentation.
 */
export class AddConsentsAttachmentsAndProgrammeFollowUp1764000000110 implements MigrationInterface {
  name = 'AddConsentsAttachmentsAndProgrammeFollowUp1764000000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      ALTER TABLE ${schema}.rehabilitation_case
        ADD COLUMN required_members jsonb,
        ADD COLUMN extensions jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN activity_started_at timestamptz,
        ADD COLUMN re_presentation jsonb`);
    // The re-presentation checker looks only at decided cases still waiting for a first activity.
    await queryRunner.query(`
      CREATE INDEX rehabilitation_case_awaiting_activity_idx ON ${schema}.rehabilitation_case (((decision->>'decidedAt')))
        WHERE status = 'decided' AND activity_started_at IS NULL AND re_presentation IS NULL`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.preparatory_part_attachment (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        version integer NOT NULL,
        title text NOT NULL,
        media_type text NOT NULL,
        size_bytes integer NOT NULL,
        content bytea NOT NULL,
        FOREIGN KEY (case_id, version) REFERENCES ${schema}.preparatory_part_version (case_id, version)
      )`);
    await queryRunner.query(
      `CREATE INDEX preparatory_part_attachment_case_idx ON ${schema}.preparatory_part_attachment (case_id, version)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.consent (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES ${schema}.rehabilitation_case (id),
        municipality text NOT NULL,
        person_id uuid NOT NULL,
        scope text NOT NULL,
        party text NOT NULL,
        given_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        withdrawn_at timestamptz,
        withdrawn_by text,
        version integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX consent_case_idx ON ${schema}.consent (case_id, recorded_at)`);
    // One active consent per scope and party on a case; withdrawn ones are kept beside it.
    await queryRunner.query(
      `CREATE UNIQUE INDEX consent_active_uq ON ${schema}.consent (case_id, scope, party) WHERE withdrawn_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.consent`);
    await queryRunner.query(`DROP TABLE ${schema}.preparatory_part_attachment`);
    await queryRunner.query(`DROP INDEX ${schema}.rehabilitation_case_awaiting_activity_idx`);
    await queryRunner.query(`
      ALTER TABLE ${schema}.rehabilitation_case
        DROP COLUMN re_presentation,
        DROP COLUMN activity_started_at,
        DROP COLUMN extensions,
        DROP COLUMN required_members`);
  }
}
