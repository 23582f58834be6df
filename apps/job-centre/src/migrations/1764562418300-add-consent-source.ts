import { quotedSchemaOf } from '@rehab/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each consent was given and where it can be found again. Consents recorded before keep
 * no source (NULL); every new one must name one.
 */
export class AddConsentSource1764562418300 implements MigrationInterface {
  name = 'AddConsentSource1764562418300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`
      ALTER TABLE ${schema}.consent
        ADD COLUMN source text CHECK (source IN ('signed-form', 'oral', 'digital-signature')),
        ADD COLUMN source_reference text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = quotedSchemaOf(queryRunner);
    await queryRunner.query(`ALTER TABLE ${schema}.consent DROP COLUMN source, DROP COLUMN source_reference`);
  }
}
