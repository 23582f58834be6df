import { Inject, Injectable } from '@nestjs/common';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier, TransactionRunner } from '@rehab/messaging';
import type { EntityManager } from 'typeorm';
import type { AcknowledgementCode, MessageBundle } from '../../medcom/fhir.types';
import type { DecisionSnapshot, OutcomeMessageStatus } from '../domain/outcome-message';
import { OutcomeMessageEntity } from './outcome-message.entity';
import { ReferredCaseEntity } from './referred-case.entity';

export interface ReferralRecord {
  caseId: string;
  personId: string;
  municipality: string;
  gpSorCode: string;
  gpName: string;
  referredAt: Date;
}

export interface NewOutcomeMessage {
  id: string;
  caseId: string;
  decisionId: string;
  personId: string;
  municipality: string;
  decision: DecisionSnapshot;
  recipient: { sorCode: string; name: string } | null;
  bundleId: string;
  messageHeaderId: string;
  correlationId: string;
  causationId: string | null;
}

export interface OutcomeMessageFilter {
  caseId?: string;
  status?: OutcomeMessageStatus;
  limit: number;
}

type Row = { id: string };

/**
 * The adapter's tables. State changes are single guarded statements (WHERE status = ...), so
 * a redelivered event, a second dispatcher or a late acknowledgement cannot move a message
 * backwards or announce it twice.
 */
@Injectable()
export class OutcomeMessagesRepository {
  private readonly referredCase: string;
  private readonly outcomeMessage: string;

  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    const schema = quoteIdentifier(options.schema);
    this.referredCase = `${schema}.referred_case`;
    this.outcomeMessage = `${schema}.outcome_message`;
  }

  private manager(): EntityManager {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Reading outcome messages')
      : this.transactions.dataSource.manager;
  }

  /**
   * Serialises a case's decision and referral until the transaction ends. Each reads what the
   * other writes (the decision looks up the referral, the referral updates the waiting
   * messages), so at the same time, in READ COMMITTED, neither would see the other and the
   * message would wait for a referral that had already come.
   */
  async lockCase(caseId: string): Promise<void> {
    const manager = this.transactions.requireManager('Locking a case');
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${this.outcomeMessage}:${caseId}`]);
  }

  /**
   * Remembers who the case's citizen and GP are, and gives the GP to every message that was
   * waiting for it. Returns the ids of the messages that became ready to send.
   */
  async rememberReferral(referral: ReferralRecord): Promise<string[]> {
    const manager = this.transactions.requireManager('Remembering a referral');
    await manager.query(
      `INSERT INTO ${this.referredCase} (case_id, person_id, municipality, gp_sor_code, gp_name, referred_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (case_id) DO UPDATE SET
         person_id = EXCLUDED.person_id, municipality = EXCLUDED.municipality,
         gp_sor_code = EXCLUDED.gp_sor_code, gp_name = EXCLUDED.gp_name, referred_at = EXCLUDED.referred_at`,
      [referral.caseId, referral.personId, referral.municipality, referral.gpSorCode, referral.gpName, referral.referredAt],
    );
    const [rows] = await manager.query<[Row[], number]>(
      `UPDATE ${this.outcomeMessage}
          SET recipient_sor_code = $2, recipient_name = $3, person_id = $4, next_attempt_at = now()
        WHERE case_id = $1 AND status = 'pending' AND recipient_sor_code IS NULL
        RETURNING id`,
      [referral.caseId, referral.gpSorCode, referral.gpName, referral.personId],
    );
    return rows.map((row) => row.id);
  }

  async findReferral(caseId: string): Promise<ReferredCaseEntity | null> {
    return this.manager().findOneBy(ReferredCaseEntity, { caseId });
  }

  /** Queues a message for a decision; false when the decision already has one. */
  async queue(message: NewOutcomeMessage): Promise<boolean> {
    const manager = this.transactions.requireManager('Queueing an outcome message');
    const rows = await manager.query<Row[]>(
      `INSERT INTO ${this.outcomeMessage}
         (id, case_id, decision_id, person_id, municipality, decision, recipient_sor_code, recipient_name,
          status, bundle_id, message_header_id, correlation_id, causation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $11, $12)
       ON CONFLICT (decision_id) DO NOTHING
       RETURNING id`,
      [
        message.id,
        message.caseId,
        message.decisionId,
        message.personId,
        message.municipality,
        JSON.stringify(message.decision),
        message.recipient?.sorCode ?? null,
        message.recipient?.name ?? null,
        message.bundleId,
        message.messageHeaderId,
        message.correlationId,
        message.causationId,
      ],
    );
    return rows.length === 1;
  }

  /**
   * Takes the next message that is due, counts the attempt and leases it for leaseMs, so
   * that another dispatcher leaves it alone; if this one dies, the lease runs out and the
   * message is tried again.
   */
  async claimNextDue(leaseMs: number): Promise<OutcomeMessageEntity | null> {
    return this.transactions.run(async (manager) => {
      const [rows] = await manager.query<[Row[], number]>(
        `UPDATE ${this.outcomeMessage}
            SET attempts = attempts + 1, last_attempt_at = now(),
                next_attempt_at = now() + make_interval(secs => $1::double precision / 1000)
          WHERE id = (
            SELECT id FROM ${this.outcomeMessage}
             WHERE status = 'pending' AND recipient_sor_code IS NOT NULL AND next_attempt_at <= now()
             ORDER BY next_attempt_at, queued_at
             LIMIT 1
             FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [leaseMs],
      );
      if (rows.length === 0) return null;
      return manager.findOneByOrFail(OutcomeMessageEntity, { id: rows[0].id });
    });
  }

  async recordFailure(id: string, safeError: string, retryInMs: number): Promise<void> {
    await this.transactions.run((manager) =>
      manager.query(
        `UPDATE ${this.outcomeMessage}
            SET last_error = $2, next_attempt_at = now() + make_interval(secs => $3::double precision / 1000)
          WHERE id = $1 AND status = 'pending'`,
        [id, safeError, retryInMs],
      ),
    );
  }

  /** pending → sent, with the delivered bundle. Null when it had already left pending. */
  async markSent(id: string, bundle: MessageBundle, sentAt: Date): Promise<OutcomeMessageEntity | null> {
    const manager = this.transactions.requireManager('Recording a delivery');
    const [rows] = await manager.query<[Row[], number]>(
      `UPDATE ${this.outcomeMessage}
          SET status = 'sent', bundle = $2, sent_at = $3, last_error = NULL
        WHERE id = $1 AND status = 'pending'
        RETURNING id`,
      [id, JSON.stringify(bundle), sentAt],
    );
    if (rows.length === 0) return null;
    return manager.findOneByOrFail(OutcomeMessageEntity, { id });
  }

  /** sent → acknowledged, for an acknowledgement that arrived before the delivery was recorded. */
  async markAcknowledged(id: string): Promise<boolean> {
    const manager = this.transactions.requireManager('Recording an acknowledgement');
    const [rows] = await manager.query<[Row[], number]>(
      `UPDATE ${this.outcomeMessage} SET status = 'acknowledged'
        WHERE id = $1 AND status = 'sent' AND acknowledgement IS NOT NULL
        RETURNING id`,
      [id],
    );
    return rows.length === 1;
  }

  async findByMessageHeaderId(messageHeaderId: string): Promise<OutcomeMessageEntity | null> {
    return this.manager().findOne(OutcomeMessageEntity, {
      where: { messageHeaderId },
      ...(this.transactions.inTransaction() ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /**
   * Stores the first acknowledgement of a message. A sent message becomes acknowledged; a
   * message whose delivery is not recorded yet keeps it until it is. False on a duplicate.
   */
  async recordAcknowledgement(
    id: string,
    acknowledgement: MessageBundle,
    code: AcknowledgementCode,
    acknowledgedAt: Date,
  ): Promise<boolean> {
    const manager = this.transactions.requireManager('Recording an acknowledgement');
    const [rows] = await manager.query<[Row[], number]>(
      `UPDATE ${this.outcomeMessage}
          SET acknowledgement = $2, acknowledgement_code = $3, acknowledged_at = $4,
              status = CASE WHEN status = 'sent' THEN 'acknowledged' ELSE status END
        WHERE id = $1 AND acknowledgement IS NULL
        RETURNING id`,
      [id, JSON.stringify(acknowledgement), code, acknowledgedAt],
    );
    return rows.length === 1;
  }

  async find(id: string): Promise<OutcomeMessageEntity | null> {
    return this.manager().findOneBy(OutcomeMessageEntity, { id });
  }

  async list(filter: OutcomeMessageFilter): Promise<OutcomeMessageEntity[]> {
    return this.manager().find(OutcomeMessageEntity, {
      where: {
        ...(filter.caseId ? { caseId: filter.caseId } : {}),
        ...(filter.status ? { status: filter.status } : {}),
      },
      order: { queuedAt: 'DESC' },
      take: filter.limit,
    });
  }
}
