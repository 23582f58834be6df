import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGpCorrespondenceTables1764000000600 implements MigrationInterface {
  name = 'CreateGpCorrespondenceTables1764000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    // What the adapter remembers of a referral: whose case it is and who their GP is.
    await queryRunner.query(`
      CREATE TABLE ${schema}.referred_case (
        case_id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        municipality text NOT NULL,
        gp_sor_code text NOT NULL,
        gp_name text NOT NULL,
        referred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One outcome message per decision. recipient_sor_code stays NULL until the referral is
    // known; the bundle (with the CPR number) is stored once it has been delivered.
    await queryRunner.query(`
      CREATE TABLE ${schema}.outcome_message (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        decision_id uuid NOT NULL,
        person_id uuid NOT NULL,
        municipality text NOT NULL,
        decision jsonb NOT NULL,
        recipient_sor_code text,
        recipient_name text,
        status text NOT NULL CHECK (status IN ('pending', 'sent', 'acknowledged')),
        bundle_id uuid NOT NULL,
        message_header_id uuid NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        last_attempt_at timestamptz,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        bundle jsonb,
        sent_at timestamptz,
        acknowledgement jsonb,
        acknowledgement_code text CHECK (acknowledgement_code IN ('ok', 'transient-error', 'fatal-error')),
        acknowledged_at timestamptz,
        correlation_id text NOT NULL,
        causation_id text,
        queued_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outcome_message_decision_uq UNIQUE (decision_id),
        CONSTRAINT outcome_message_bundle_uq UNIQUE (bundle_id),
        CONSTRAINT outcome_message_header_uq UNIQUE (message_header_id)
      )`);
    await queryRunner.query(`CREATE INDEX outcome_message_case_idx ON ${schema}.outcome_message (case_id, queued_at)`);
    await queryRunner.query(
      `CREATE INDEX outcome_message_due_idx ON ${schema}.outcome_message (next_attempt_at)
        WHERE status = 'pending' AND recipient_sor_code IS NOT NULL`,
    );
    // The built-in GP inbox: what the GP received, once per Bundle.id + MessageHeader.id,
    // with the acknowledgement that was (and on a duplicate is again) returned.
    await queryRunner.query(`
      CREATE TABLE ${schema}.gp_inbox_message (
        id uuid PRIMARY KEY,
        bundle_id text NOT NULL,
        message_header_id text NOT NULL,
        event_code text NOT NULL,
        recipient_sor_code text,
        recipient_name text,
        sender_sor_code text,
        sender_name text,
        category text,
        topic text,
        bundle jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        duplicates_received integer NOT NULL DEFAULT 0,
        last_duplicate_at timestamptz,
        acknowledgement jsonb NOT NULL,
        acknowledgement_code text NOT NULL,
        CONSTRAINT gp_inbox_message_dedup_uq UNIQUE (bundle_id, message_header_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX gp_inbox_message_recipient_idx ON ${schema}.gp_inbox_message (recipient_sor_code, received_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.gp_inbox_message`);
    await queryRunner.query(`DROP TABLE ${schema}.outcome_message`);
    await queryRunner.query(`DROP TABLE ${schema}.referred_case`);
  }
}
