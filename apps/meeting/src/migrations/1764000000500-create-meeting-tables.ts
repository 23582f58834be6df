import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMeetingTables1764000000500 implements MigrationInterface {
  name = 'CreateMeetingTables1764000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.dossier (
        case_id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        municipality text NOT NULL,
        case_type text,
        required_departments jsonb NOT NULL,
        referred_at timestamptz,
        status text NOT NULL CHECK (status IN ('awaiting-referral', 'incomplete', 'complete')),
        completed_at timestamptz,
        version integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX dossier_municipality_status_idx ON ${schema}.dossier (municipality, status)`);
    // The dossier row always exists first: a contribution that beats its referral opens the
    // dossier in the awaiting-referral state.
    await queryRunner.query(`
      CREATE TABLE ${schema}.contribution_version (
        case_id uuid NOT NULL REFERENCES ${schema}.dossier (case_id),
        contribution_id uuid NOT NULL,
        version integer NOT NULL,
        department text NOT NULL,
        submitted_by text NOT NULL,
        submitted_at timestamptz NOT NULL,
        content json NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, contribution_id, version)
      )`);

    await queryRunner.query(`
      CREATE TABLE ${schema}.meeting (
        id uuid PRIMARY KEY,
        municipality text NOT NULL,
        starts_at timestamptz NOT NULL,
        chair_id text NOT NULL,
        scheduled_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX meeting_municipality_starts_at_idx ON ${schema}.meeting (municipality, starts_at)`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.agenda_item (
        meeting_id uuid NOT NULL REFERENCES ${schema}.meeting (id),
        case_id uuid NOT NULL REFERENCES ${schema}.dossier (case_id),
        person_id uuid NOT NULL,
        placed_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'recommended', 'decided')),
        PRIMARY KEY (meeting_id, case_id)
      )`);
    // A case waits for a decision on one agenda at a time, even when two requests race.
    await queryRunner.query(
      `CREATE UNIQUE INDEX agenda_item_undecided_case_uq ON ${schema}.agenda_item (case_id) WHERE status <> 'decided'`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.recommendation (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL,
        case_id uuid NOT NULL,
        outcome text NOT NULL,
        text text NOT NULL,
        adopted_by text NOT NULL,
        adopted_at timestamptz NOT NULL,
        CONSTRAINT recommendation_agenda_item_uq UNIQUE (meeting_id, case_id),
        FOREIGN KEY (meeting_id, case_id) REFERENCES ${schema}.agenda_item (meeting_id, case_id)
      )`);
    await queryRunner.query(`CREATE INDEX recommendation_case_idx ON ${schema}.recommendation (case_id)`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.decision (
        id uuid PRIMARY KEY,
        recommendation_id uuid NOT NULL REFERENCES ${schema}.recommendation (id),
        meeting_id uuid NOT NULL,
        case_id uuid NOT NULL,
        outcome text NOT NULL,
        follows_recommendation boolean NOT NULL,
        decided_by text NOT NULL,
        decided_at_meeting boolean NOT NULL,
        decided_at timestamptz NOT NULL,
        CONSTRAINT decision_recommendation_uq UNIQUE (recommendation_id),
        CONSTRAINT decision_agenda_item_uq UNIQUE (meeting_id, case_id),
        FOREIGN KEY (meeting_id, case_id) REFERENCES ${schema}.agenda_item (meeting_id, case_id)
      )`);
    await queryRunner.query(`CREATE INDEX decision_case_idx ON ${schema}.decision (case_id)`);

    await queryRunner.query(`
      CREATE TABLE ${schema}.gp_outcome_message (
        message_header_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        decision_id uuid,
        recipient_sor_code text,
        sent_at timestamptz,
        acknowledgements jsonb NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX gp_outcome_message_case_idx ON ${schema}.gp_outcome_message (case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.gp_outcome_message`);
    await queryRunner.query(`DROP TABLE ${schema}.decision`);
    await queryRunner.query(`DROP TABLE ${schema}.recommendation`);
    await queryRunner.query(`DROP TABLE ${schema}.agenda_item`);
    await queryRunner.query(`DROP TABLE ${schema}.meeting`);
    await queryRunner.query(`DROP TABLE ${schema}.contribution_version`);
    await queryRunner.query(`DROP TABLE ${schema}.dossier`);
  }
}
