import { Inject, Injectable } from '@nestjs/common';
import type { ConsentParty, ConsentScope } from '@rehab/contracts';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier, TransactionRunner } from '@rehab/messaging';
import type { KnownConsent } from './consent-standing';

interface ConsentRow {
  consent_id: string;
  scope: ConsentScope;
  party: ConsentParty;
  withdrawn_at: Date | null;
}

/**
 * A service's consent view: each case's consents as the job centre announced them, in the
 * service's own schema (CONSENT_VIEW_MIGRATIONS). Recording and withdrawing are upserts, so a
 * redelivered event changes nothing and a withdrawal that overtakes its consent is still kept.
 * Call them in the transaction of the consumer that read the event.
 */
@Injectable()
export class CaseConsentView {
  private readonly table: string;

  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.table = `${quoteIdentifier(options.schema)}.case_consent`;
  }

  async recordGiven(consent: {
    consentId: string;
    caseId: string;
    scope: ConsentScope;
    party: ConsentParty;
    givenAt: Date;
  }): Promise<void> {
    const manager = this.transactions.requireManager('Recording a consent');
    await manager.query(
      `INSERT INTO ${this.table} (consent_id, case_id, scope, party, given_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (consent_id) DO UPDATE SET given_at = EXCLUDED.given_at, updated_at = now()`,
      [consent.consentId, consent.caseId, consent.scope, consent.party, consent.givenAt],
    );
  }

  async recordWithdrawn(consent: {
    consentId: string;
    caseId: string;
    scope: ConsentScope;
    party: ConsentParty;
    withdrawnAt: Date;
  }): Promise<void> {
    const manager = this.transactions.requireManager('Recording the withdrawal of a consent');
    await manager.query(
      `INSERT INTO ${this.table} (consent_id, case_id, scope, party, withdrawn_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (consent_id) DO UPDATE SET withdrawn_at = EXCLUDED.withdrawn_at, updated_at = now()`,
      [consent.consentId, consent.caseId, consent.scope, consent.party, consent.withdrawnAt],
    );
  }

  async ofCase(caseId: string): Promise<KnownConsent[]> {
    const manager = this.transactions.inTransaction()
      ? this.transactions.requireManager('Reading consents')
      : this.transactions.dataSource.manager;
    const rows = await manager.query<ConsentRow[]>(
      `SELECT consent_id, scope, party, withdrawn_at FROM ${this.table} WHERE case_id = $1`,
      [caseId],
    );
    return rows.map((row) => ({
      consentId: row.consent_id,
      scope: row.scope,
      party: row.party,
      withdrawnAt: row.withdrawn_at,
    }));
  }
}
