import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateJobCentreTables1764000000100 implements MigrationInterface {
  name = 'CreateJobCentreTables1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.person (
        id uuid PRIMARY KEY,
        cpr_lookup_hash text NOT NULL,
        cpr_sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_cpr_lookup_uq UNIQUE (cpr_lookup_hash)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${schema}.rehabilitation_case (
        id uuid PRIMARY KEY,
        municipality text NOT NULL,
        person_id uuid NOT NULL REFERENCES ${schema}.person (id),
        case_type text NOT NULL,
        coordinating_caseworker_id text NOT NULL,
        gp_sor_code text NOT NULL,
        gp_name text NOT NULL,
        required_departments jsonb NOT NULL,
        status text NOT NULL,
        referred_at timestamptz NOT NULL,
        preparatory_part jsonb,
        decision jsonb,
        version integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX rehabilitation_case_municipality_idx ON ${schema}.rehabilitation_case (municipality, referred_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${schema}.preparatory_part_version (
        case_id uuid NOT NULL REFERENCES ${schema}.rehabilitation_case (id),
        version integer NOT NULL,
        sections jsonb NOT NULL,
        submitted_by text NOT NULL,
        submitted_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${schema}.preparatory_part_version`);
    await queryRunner.query(`DROP TABLE ${schema}.rehabilitation_case`);
    await queryRunner.query(`DROP TABLE ${schema}.person`);
  }
}
