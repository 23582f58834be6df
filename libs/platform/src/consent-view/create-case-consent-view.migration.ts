import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service's own view of the citizen's consents, as the job centre announces them. A
 * withdrawal may overtake its consent, so given_at stays unknown until the consent arrives.
 */
export class CreateCaseConsentView1764571938300 implements MigrationInterface {
  name = 'CreateCaseConsentView1764571938300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${schema}.case_consent (
        consent_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        scope text NOT NULL,
        party text NOT NULL,
        given_at timestamptz,
        withdrawn_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX case_consent_case_idx ON ${schema}.case_consent (case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${quotedSchemaOf(queryRunner)}.case_consent`);
  }
}

/** Add to the migrations of every service that checks consent before it obtains or shares. */
export const CONSENT_VIEW_MIGRATIONS = [CreateCaseConsentView1764571938300];
