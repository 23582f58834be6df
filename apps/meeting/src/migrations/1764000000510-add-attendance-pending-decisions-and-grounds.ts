import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Attendance and quorum, the citizen's attendance, pending decisions, pension grounds and deviations. */
export class AddAttendancePendingDecisionsAndGrounds1764000000510 implements MigrationInterface {
  name = 'AddAttendancePendingDecisionsAndGrounds1764000000510';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.meeting_attendance (
        meeting_id uuid NOT NULL REFERENCES ${schema}.meeting (id),
        role text NOT NULL CHECK (role IN ('chair', 'minute-taker', 'employment', 'health', 'social', 'education',
          'region-health-coordinator', 'company-consultant', 'decision-maker')),
        staff_id text NOT NULL,
        present boolean NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (meeting_id, role, staff_id)
      )`);
    await queryRunner.query(`ALTER TABLE ${schema}.dossier ADD COLUMN required_members jsonb`);
    await queryRunner.query(`
      ALTER TABLE ${schema}.agenda_item
        ADD COLUMN education_member_required boolean NOT NULL DEFAULT false,
        ADD COLUMN citizen_present boolean,
        ADD COLUMN citizen_absence_reason text,
        ADD COLUMN supporter text,
        ADD COLUMN citizen_recorded_at timestamptz,
        ADD COLUMN pending_decision_owner text,
        ADD COLUMN pending_decision_due_date date,
        ADD COLUMN pending_decision_recorded_at timestamptz,
        ADD CONSTRAINT agenda_item_citizen_absence_reason_ck
          CHECK (citizen_present IS DISTINCT FROM false OR citizen_absence_reason IS NOT NULL)`);
    await queryRunner.query(`
      ALTER TABLE ${schema}.recommendation
        ADD COLUMN quorum_override_reason text,
        ADD COLUMN pension_grounds jsonb,
        ADD CONSTRAINT recommendation_pension_grounds_ck
          CHECK (outcome <> 'disability-pension' OR pension_grounds IS NOT NULL)
          NOT VALID`);
    await queryRunner.query(`ALTER TABLE ${schema}.decision ADD COLUMN deviation_reason text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`ALTER TABLE ${schema}.decision DROP COLUMN deviation_reason`);
    await queryRunner.query(`
      ALTER TABLE ${schema}.recommendation
        DROP CONSTRAINT recommendation_pension_grounds_ck,
        DROP COLUMN pension_grounds,
        DROP COLUMN quorum_override_reason`);
    await queryRunner.query(`
      ALTER TABLE ${schema}.agenda_item
        DROP CONSTRAINT agenda_item_citizen_absence_reason_ck,
        DROP COLUMN pending_decision_recorded_at,
        DROP COLUMN pending_decision_due_date,
        DROP COLUMN pending_decision_owner,
        DROP COLUMN citizen_recorded_at,
        DROP COLUMN supporter,
        DROP COLUMN citizen_absence_reason,
        DROP COLUMN citizen_present,
        DROP COLUMN education_member_required`);
    await queryRunner.query(`ALTER TABLE ${schema}.dossier DROP COLUMN required_members`);
    await queryRunner.query(`DROP TABLE ${schema}.meeting_attendance`);
  }
}
