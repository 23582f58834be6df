import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The health coordinator's record of the GP certificate (LÆ 265) for each case. */
export class CreateGpCertificateRequest1764000000400 implements MigrationInterface {
  name = 'CreateGpCertificateRequest1764000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.gp_certificate_request (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        person_id uuid NOT NULL,
        municipality text NOT NULL,
        status text NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        answer_deadline timestamptz NOT NULL,
        document_reference text,
        received_at timestamptz,
        received_recorded_by text,
        overdue_announced_at timestamptz,
        version integer NOT NULL,
        CONSTRAINT gp_certificate_request_case_uq UNIQUE (case_id)
      )`);
    // The overdue checker looks only at requests still waiting for the GP.
    await queryRunner.query(
      `CREATE INDEX gp_certificate_request_waiting_idx ON ${schema}.gp_certificate_request (answer_deadline)
        WHERE status = 'requested' AND overdue_announced_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${quotedSchemaOf(queryRunner)}.gp_certificate_request`);
  }
}
