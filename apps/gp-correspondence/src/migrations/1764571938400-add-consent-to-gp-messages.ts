import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddConsentToGpMessages1764571938400 implements MigrationInterface {
  name = 'AddConsentToGpMessages1764571938400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    // A pending message is held while the consent it needs is missing or withdrawn.
    await queryRunner.query(`
      ALTER TABLE ${schema}.outcome_message
        ADD COLUMN held_reason text CHECK (held_reason IN ('consent-missing', 'consent-withdrawn')),
        ADD COLUMN held_at timestamptz`);
    // Messages queued before this are left to go: the consents recorded before it reached no
    // consent view (the consumer group's offsets on the job centre's topic are past them), so
    // holding them would hold them for good.
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`ALTER TABLE ${schema}.outcome_message DROP COLUMN held_at, DROP COLUMN held_reason`);
  }
}
