import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit log (who, in which role, when, which case, what, and why) in the
 * service's own schema. A trigger refuses UPDATE, DELETE and TRUNCATE, so even the service's
 * own database user cannot rewrite history; only a schema owner dropping the trigger could,
 * and that is itself visible in the database's DDL log.
 */
export class CreateAuditLog1764561937000 implements MigrationInterface {
  name = 'CreateAuditLog1764561937000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.audit_record (
        id bigserial PRIMARY KEY,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        service text NOT NULL,
        actor_kind text NOT NULL CHECK (actor_kind IN ('user', 'service')),
        actor_id text NOT NULL,
        actor_role text,
        action text NOT NULL,
        access text NOT NULL CHECK (access IN ('read', 'write')),
        case_id uuid,
        purpose text,
        correlation_id text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX audit_record_case_idx ON ${schema}.audit_record (case_id, recorded_at)`);
    await queryRunner.query(`CREATE INDEX audit_record_actor_idx ON ${schema}.audit_record (actor_id, recorded_at)`);
    await queryRunner.query(`
      CREATE FUNCTION ${schema}.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON ${schema}.audit_record
      FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse_audit_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON ${schema}.audit_record
      FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_audit_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.audit_record`);
    await queryRunner.query(`DROP FUNCTION ${schema}.refuse_audit_change()`);
  }
}

/** A service that records access to personal data lists these among its migrations. */
export const AUDIT_MIGRATIONS = [CreateAuditLog1764561937000];
