import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMedcomReliableMessaging1764538214700 implements MigrationInterface {
  name = 'AddMedcomReliableMessaging1764538214700';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    // The recommendation document names the case type.
    await queryRunner.query(`ALTER TABLE ${schema}.referred_case ADD COLUMN case_type text`);

    // outcome_message now holds every message this service sends to a GP: the outcome of a
    // decision, a correction, retraction or forward of it, and the GP-certificate request.
    // bundle_id and message_header_id stay the first envelope's, the one announced as sent.
    await queryRunner.query(`ALTER TABLE ${schema}.outcome_message DROP CONSTRAINT outcome_message_status_check`);
    await queryRunner.query(
      `ALTER TABLE ${schema}.outcome_message ADD CONSTRAINT outcome_message_status_check
         CHECK (status IN ('pending', 'sent', 'acknowledged', 'failed'))`,
    );
    await queryRunner.query(`
      ALTER TABLE ${schema}.outcome_message
        ALTER COLUMN decision_id DROP NOT NULL,
        ALTER COLUMN decision DROP NOT NULL,
        ADD COLUMN purpose text NOT NULL DEFAULT 'outcome'
          CHECK (purpose IN ('outcome', 'gp-certificate-request')),
        ADD COLUMN activity text NOT NULL DEFAULT 'new-message'
          CHECK (activity IN ('new-message', 'modified-message', 'retract-message', 'forward-message')),
        ADD COLUMN preceding_message_id uuid REFERENCES ${schema}.outcome_message (id),
        ADD COLUMN certificate_request_id uuid,
        ADD COLUMN text_override text,
        ADD COLUMN forward_to_sor_code text,
        ADD COLUMN communication_identifier text,
        ADD COLUMN resends integer NOT NULL DEFAULT 0,
        ADD COLUMN acknowledgement_due_at timestamptz,
        ADD COLUMN failure_reason text,
        ADD COLUMN failed_at timestamptz,
        ADD CONSTRAINT outcome_message_certificate_request_uq UNIQUE (certificate_request_id),
        ADD CONSTRAINT outcome_message_purpose_ck CHECK (
          (purpose = 'outcome' AND (decision_id IS NOT NULL OR preceding_message_id IS NOT NULL))
          OR (purpose = 'gp-certificate-request' AND certificate_request_id IS NOT NULL))`);
    // Finds the sent messages whose acknowledgement is overdue.
    await queryRunner.query(
      `CREATE INDEX outcome_message_acknowledgement_due_idx ON ${schema}.outcome_message (acknowledgement_due_at)
        WHERE status = 'sent'`,
    );
    // A correction, retraction or forward is asked for once per request id.
    await queryRunner.query(`ALTER TABLE ${schema}.outcome_message ADD COLUMN request_id uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX outcome_message_request_uq ON ${schema}.outcome_message (request_id)`);

    // Every envelope (Bundle.id + MessageHeader.id) a message went out in: the first delivery
    // and each resend, recorded before it is handed over, so that an acknowledgement that
    // overtakes the record still finds its message. An acknowledgement names one of them.
    await queryRunner.query(`
      CREATE TABLE ${schema}.outgoing_envelope (
        message_header_id uuid PRIMARY KEY,
        bundle_id uuid NOT NULL UNIQUE,
        outcome_message_id uuid NOT NULL REFERENCES ${schema}.outcome_message (id),
        attempt integer NOT NULL,
        sent_at timestamptz NOT NULL
      )`);

    // The local Provenance store: one row per message in a thread, ours and the GP's, so that
    // a reply, correction or cancellation finds its thread and case, whatever order it arrives in.
    await queryRunner.query(`
      CREATE TABLE ${schema}.correspondence_provenance (
        message_header_id text PRIMARY KEY,
        bundle_id text NOT NULL,
        direction text NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
        activity text NOT NULL,
        communication_identifier text,
        preceding_message_header_id text,
        case_id uuid,
        outcome_message_id uuid REFERENCES ${schema}.outcome_message (id),
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX correspondence_provenance_thread_idx ON ${schema}.correspondence_provenance (communication_identifier)`,
    );
    await queryRunner.query(
      `CREATE INDEX correspondence_provenance_preceding_idx ON ${schema}.correspondence_provenance (preceding_message_header_id)`,
    );

    // Every message that reached this service from a GP, exactly as it came: the raw bytes
    // are kept even when they are not a message at all, with the acknowledgement returned.
    await queryRunner.query(`
      CREATE TABLE ${schema}.incoming_message (
        id uuid PRIMARY KEY,
        bundle_id text,
        message_header_id text,
        event_code text,
        raw bytea NOT NULL,
        message jsonb,
        outcome text NOT NULL CHECK (outcome IN ('accepted', 'rejected', 'acknowledgement')),
        problems jsonb NOT NULL DEFAULT '[]',
        acknowledgement jsonb,
        acknowledgement_code text CHECK (acknowledgement_code IN ('ok', 'transient-error', 'fatal-error')),
        case_id uuid,
        communication_identifier text,
        activity text,
        transport text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        duplicates_received integer NOT NULL DEFAULT 0,
        last_duplicate_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX incoming_message_dedup_uq ON ${schema}.incoming_message (bundle_id, message_header_id)
        WHERE bundle_id IS NOT NULL AND message_header_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX incoming_message_case_idx ON ${schema}.incoming_message (case_id, received_at)`,
    );

    // The built-in GP inbox: a GP system that keeps silent never returns an acknowledgement;
    // the GP's replies, with the acknowledgement the municipality returned.
    await queryRunner.query(`
      ALTER TABLE ${schema}.gp_inbox_message
        ALTER COLUMN acknowledgement DROP NOT NULL,
        ALTER COLUMN acknowledgement_code DROP NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.gp_inbox_reply (
        id uuid PRIMARY KEY,
        inbox_message_id uuid NOT NULL REFERENCES ${schema}.gp_inbox_message (id),
        bundle jsonb NOT NULL,
        acknowledgement jsonb,
        acknowledgement_code text,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX gp_inbox_reply_message_idx ON ${schema}.gp_inbox_reply (inbox_message_id, sent_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.gp_inbox_reply`);
    await queryRunner.query(`DELETE FROM ${schema}.gp_inbox_message WHERE acknowledgement IS NULL`);
    await queryRunner.query(`
      ALTER TABLE ${schema}.gp_inbox_message
        ALTER COLUMN acknowledgement SET NOT NULL,
        ALTER COLUMN acknowledgement_code SET NOT NULL`);
    await queryRunner.query(`DROP TABLE ${schema}.incoming_message`);
    await queryRunner.query(`DROP TABLE ${schema}.correspondence_provenance`);
    await queryRunner.query(`DROP TABLE ${schema}.outgoing_envelope`);
    await queryRunner.query(`DROP INDEX ${schema}.outcome_message_request_uq`);
    await queryRunner.query(`DROP INDEX ${schema}.outcome_message_acknowledgement_due_idx`);
    await queryRunner.query(`DELETE FROM ${schema}.outcome_message WHERE purpose <> 'outcome' OR decision_id IS NULL`);
    await queryRunner.query(`UPDATE ${schema}.outcome_message SET status = 'sent' WHERE status = 'failed'`);
    await queryRunner.query(`
      ALTER TABLE ${schema}.outcome_message
        DROP CONSTRAINT outcome_message_purpose_ck,
        DROP CONSTRAINT outcome_message_certificate_request_uq,
        DROP COLUMN request_id,
        DROP COLUMN failed_at,
        DROP COLUMN failure_reason,
        DROP COLUMN acknowledgement_due_at,
        DROP COLUMN resends,
        DROP COLUMN communication_identifier,
        DROP COLUMN forward_to_sor_code,
        DROP COLUMN text_override,
        DROP COLUMN certificate_request_id,
        DROP COLUMN preceding_message_id,
        DROP COLUMN activity,
        DROP COLUMN purpose,
        ALTER COLUMN decision SET NOT NULL,
        ALTER COLUMN decision_id SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE ${schema}.outcome_message DROP CONSTRAINT outcome_message_status_check`);
    await queryRunner.query(
      `ALTER TABLE ${schema}.outcome_message ADD CONSTRAINT outcome_message_status_check
         CHECK (status IN ('pending', 'sent', 'acknowledged'))`,
    );
    await queryRunner.query(`ALTER TABLE ${schema}.referred_case DROP COLUMN case_type`);
  }
}
