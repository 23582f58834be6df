import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The GP certificate (LÆ 265) becomes part of a dossier's readiness: its request and receipt as
 * the health coordinator reports them, or the recorded reason for going without it. Dossiers
 * already complete keep their status.
 */
export class AddGpCertificateToDossier1764000000540 implements MigrationInterface {
  name = 'AddGpCertificateToDossier1764000000540';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      ALTER TABLE ${schema}.dossier
        ADD COLUMN gp_certificate_request_id uuid,
        ADD COLUMN gp_certificate_requested_at timestamptz,
        ADD COLUMN gp_certificate_answer_deadline timestamptz,
        ADD COLUMN gp_certificate_received_at timestamptz,
        ADD COLUMN gp_certificate_document_reference text,
        ADD COLUMN gp_certificate_absence_reason text,
        ADD COLUMN gp_certificate_absence_recorded_by text,
        ADD COLUMN gp_certificate_absence_recorded_at timestamptz,
        ADD CONSTRAINT dossier_gp_certificate_absence_complete CHECK (
          (gp_certificate_absence_reason IS NULL) = (gp_certificate_absence_recorded_by IS NULL)
          AND (gp_certificate_absence_reason IS NULL) = (gp_certificate_absence_recorded_at IS NULL)
        )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      ALTER TABLE ${schema}.dossier
        DROP CONSTRAINT dossier_gp_certificate_absence_complete,
        DROP COLUMN gp_certificate_absence_recorded_at,
        DROP COLUMN gp_certificate_absence_recorded_by,
        DROP COLUMN gp_certificate_absence_reason,
        DROP COLUMN gp_certificate_document_reference,
        DROP COLUMN gp_certificate_received_at,
        DROP COLUMN gp_certificate_answer_deadline,
        DROP COLUMN gp_certificate_requested_at,
        DROP COLUMN gp_certificate_request_id`);
  }
}
