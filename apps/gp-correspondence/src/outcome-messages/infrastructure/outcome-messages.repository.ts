import { Inject, Injectable } from '@nestjs/common';
import { MESSAGING_OPTIONS, type MessagingOptions, quoteIdentifier, TransactionRunner } from '@rehab/messaging';
import type { EntityManager } from 'typeorm';
import type { AcknowledgementCode, MessageBundle } from '../../medcom/fhir.types';
import type { CaseType, GpMessageHoldReason } from '@rehab/contracts';
import type {
  DecisionSnapshot,
  OutcomeMessageStatus,
  OutgoingActivity,
  OutgoingPurpose,
} from '../domain/outcome-message';
import { OutcomeMessageEntity } from './outcome-message.entity';
import { ReferredCaseEntity } from './referred-case.entity';

export interface ReferralRecord {
  caseId: string;
  personId: string;
  caseType: CaseType | null;
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
  /** Set when the consent the message needs is missing: it is kept, and not sent, until it comes. */
  heldReason: GpMessageHoldReason | null;
}

/** A correction, retraction or forward of a sent message, or a GP-certificate request. */
export interface NewFollowUpMessage {
  id: string;
  requestId: string;
  preceding: OutcomeMessageEntity;
  activity: Exclude<OutgoingActivity, 'new-message'>;
  text: string;
  /** A forward goes to another organisation. */
  forwardToSorCode: string | null;
  forwardToName: string | null;
  bundleId: string;
  messageHeaderId: string;
  correlationId: string;
  causationId: string | null;
  /** Set when the consent the message needs is missing: it is kept, and not sent, until it comes. */
  heldReason: GpMessageHoldReason | null;
}

export interface NewCertificateRequestMessage {
  id: string;
  caseId: string;
  certificateRequestId: string;
  personId: string;
  municipality: string;
  recipient: { sorCode: string; name: string } | null;
  bundleId: string;
  messageHeaderId: string;
  correlationId: string;
  causationId: string | null;
  /** Set when the consent the message needs is missing: it is kept, and not sent, until it comes. */
  heldReason: GpMessageHoldReason | null;
}

export interface OutcomeMessageFilter {
  caseId?: string;
  status?: OutcomeMessageStatus;
  purpose?: OutgoingPurpose;
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
    this.envelope = `${schema}.outgoing_envelope`;
  }

  private readonly envelope: string;

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
      `INSERT INTO ${this.referredCase} (case_id, person_id, municipality, gp_sor_code, gp_name, referred_at, case_type)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (case_id) DO UPDATE SET
         person_id = EXCLUDED.person_id, municipality = EXCLUDED.municipality,
         gp_sor_code = EXCLUDED.gp_sor_code, gp_name = EXCLUDED.gp_name, referred_at = EXCLUDED.referred_at,
         case_type = EXCLUDED.case_type`,
      [
        referral.caseId,
        referral.personId,
        referral.municipality,
        referral.gpSorCode,
        referral.gpName,
        referral.referredAt,
        referral.caseType,
      ],
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
          status, bundle_id, message_header_id, correlation_id, causation_id, held_reason, held_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $11, $12, $13::text,
               CASE WHEN $13::text IS NULL THEN NULL ELSE now() END)
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
        message.heldReason,
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
             WHERE status = 'pending' AND recipient_sor_code IS NOT NULL AND held_reason IS NULL
               AND next_attempt_at <= now()
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

  /**
   * pending → sent, with the delivered bundle and the first envelope, waiting for the
   * acknowledgement until acknowledgementDueAt. Null when it had already left pending.
   */
  async markSent(
    id: string,
    bundle: MessageBundle,
    sentAt: Date,
    acknowledgementDueAt: Date,
  ): Promise<OutcomeMessageEntity | null> {
    const manager = this.transactions.requireManager('Recording a delivery');
    const [rows] = await manager.query<[Row[], number]>(
      `UPDATE ${this.outcomeMessage}
          SET status = 'sent', bundle = $2, sent_at = $3, last_error = NULL, acknowledgement_due_at = $4,
              communication_identifier = $5
        WHERE id = $1 AND status = 'pending'
        RETURNING id`,
      [id, JSON.stringify(bundle), sentAt, acknowledgementDueAt, communicationIdentifierOf(bundle)],
    );
    if (rows.length === 0) return null;
    await this.recordEnvelope(id, bundle, 0, sentAt);
    return manager.findOneByOrFail(OutcomeMessageEntity, { id });
  }

  /** Records an envelope, before it is handed over when it is a resend's; recording it again changes nothing. */
  async recordEnvelope(id: string, bundle: MessageBundle, attempt: number, sentAt: Date): Promise<void> {
    await this.transactions.run((manager) =>
      manager.query(
        `INSERT INTO ${this.envelope} (message_header_id, bundle_id, outcome_message_id, attempt, sent_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (message_header_id) DO NOTHING`,
        [bundle.entry[0].resource.id, bundle.id, id, attempt, sentAt],
      ),
    );
  }

  /**
   * Records a resend in a new envelope: the message waits for an acknowledgement again. False
   * when it is no longer waiting (an acknowledgement came meanwhile).
   */
  async recordResend(
    id: string,
    bundle: MessageBundle,
    acknowledgementDueAt: Date,
  ): Promise<OutcomeMessageEntity | null> {
    const manager = this.transactions.requireManager('Recording a resend');
    const [rows] = await manager.query<[Row[], number]>(
      `UPDATE ${this.outcomeMessage}
          SET bundle = $2, resends = resends + 1, acknowledgement_due_at = $3, last_error = NULL
        WHERE id = $1 AND status = 'sent'
        RETURNING id`,
      [id, JSON.stringify(bundle), acknowledgementDueAt],
    );
    if (rows.length === 0) return null;
    return manager.findOneByOrFail(OutcomeMessageEntity, { id });
  }

  /** A resend that could not be handed over is tried again after retryInMs. */
  async postponeResend(id: string, safeError: string, retryInMs: number): Promise<void> {
    await this.transactions.run((manager) =>
      manager.query(
        `UPDATE ${this.outcomeMessage}
            SET last_error = $2, acknowledgement_due_at = now() + make_interval(secs => $3::double precision / 1000)
          WHERE id = $1 AND status = 'sent'`,
        [id, safeError, retryInMs],
      ),
    );
  }

  /**
   * Takes the next sent message whose acknowledgement is overdue, leasing it for leaseMs so
   * that another dispatcher leaves it alone.
   */
  async claimNextOverdue(leaseMs: number): Promise<OutcomeMessageEntity | null> {
    return this.transactions.run(async (manager) => {
      const [rows] = await manager.query<[Row[], number]>(
        `UPDATE ${this.outcomeMessage}
            SET acknowledgement_due_at = now() + make_interval(secs => $1::double precision / 1000)
          WHERE id = (
            SELECT id FROM ${this.outcomeMessage}
             WHERE status = 'sent' AND acknowledgement_due_at <= now()
             ORDER BY acknowledgement_due_at
             LIMIT 1
             FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [leaseMs],
      );
      if (rows.length === 0) return null;
      return manager.findOneByOrFail(OutcomeMessageEntity, { id: rows[0].id });
    });
  }

  /** sent (or pending) → failed, with the reason. Null when it had already been settled. */
  async markFailed(id: string, reason: string, failedAt: Date): Promise<OutcomeMessageEntity | null> {
    const manager = this.transactions.requireManager('Recording a failure');
    const [rows] = await manager.query<[Row[], number]>(
      `UPDATE ${this.outcomeMessage}
          SET status = 'failed', failure_reason = $2, failed_at = $3, acknowledgement_due_at = NULL
        WHERE id = $1 AND status IN ('pending', 'sent')
        RETURNING id`,
      [id, reason, failedAt],
    );
    if (rows.length === 0) return null;
    return manager.findOneByOrFail(OutcomeMessageEntity, { id });
  }

  /** sent → acknowledged, for an acknowledgement that arrived before the delivery was recorded. */
  async markAcknowledged(id: string): Promise<boolean> {
    const manager = this.transactions.requireManager('Recording an acknowledgement');
    const [rows] = await manager.query<[Row[], number]>(
      `UPDATE ${this.outcomeMessage} SET status = 'acknowledged', acknowledgement_due_at = NULL
        WHERE id = $1 AND status = 'sent' AND acknowledgement_code = 'ok'
        RETURNING id`,
      [id],
    );
    return rows.length === 1;
  }

  /** The message an envelope (a MessageHeader.id it was sent with, first or resent) belongs to. */
  async findByEnvelope(messageHeaderId: string): Promise<OutcomeMessageEntity | null> {
    const manager = this.manager();
    const [row] = await manager.query<{ id: string }[]>(
      `SELECT outcome_message_id AS id FROM ${this.envelope} WHERE message_header_id = $1
       UNION ALL SELECT id FROM ${this.outcomeMessage} WHERE message_header_id = $1
       LIMIT 1`,
      [messageHeaderId],
    );
    return row ? this.find(row.id) : null;
  }

  /** Queues a correction, retraction or forward; false when the request was already queued. */
  async queueFollowUp(message: NewFollowUpMessage): Promise<boolean> {
    const manager = this.transactions.requireManager('Queueing a follow-up message');
    const { preceding } = message;
    const rows = await manager.query<Row[]>(
      `INSERT INTO ${this.outcomeMessage}
         (id, case_id, decision_id, person_id, municipality, decision, recipient_sor_code, recipient_name,
          status, bundle_id, message_header_id, correlation_id, causation_id, purpose, activity,
          preceding_message_id, text_override, forward_to_sor_code, request_id, held_reason, held_at)
       VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, 'pending', $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
               $18::text, CASE WHEN $18::text IS NULL THEN NULL ELSE now() END)
       ON CONFLICT (request_id) DO NOTHING
       RETURNING id`,
      [
        message.id,
        preceding.caseId,
        preceding.personId,
        preceding.municipality,
        preceding.decision ? JSON.stringify(preceding.decision) : null,
        message.forwardToSorCode ?? preceding.recipientSorCode,
        message.forwardToName ?? preceding.recipientName,
        message.bundleId,
        message.messageHeaderId,
        message.correlationId,
        message.causationId,
        preceding.purpose,
        message.activity,
        preceding.id,
        message.text,
        message.forwardToSorCode,
        message.requestId,
        message.heldReason,
      ],
    );
    return rows.length === 1;
  }

  async findByRequestId(requestId: string): Promise<OutcomeMessageEntity | null> {
    return this.manager().findOneBy(OutcomeMessageEntity, { requestId });
  }

  /** Queues the request for a GP certificate; false when that request already has its message. */
  async queueCertificateRequest(message: NewCertificateRequestMessage): Promise<boolean> {
    const manager = this.transactions.requireManager('Queueing a GP-certificate request');
    const rows = await manager.query<Row[]>(
      `INSERT INTO ${this.outcomeMessage}
         (id, case_id, person_id, municipality, recipient_sor_code, recipient_name, status, bundle_id,
          message_header_id, correlation_id, causation_id, purpose, certificate_request_id, held_reason, held_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $9, $10, 'gp-certificate-request', $11, $12::text,
               CASE WHEN $12::text IS NULL THEN NULL ELSE now() END)
       ON CONFLICT (certificate_request_id) DO NOTHING
       RETURNING id`,
      [
        message.id,
        message.caseId,
        message.personId,
        message.municipality,
        message.recipient?.sorCode ?? null,
        message.recipient?.name ?? null,
        message.bundleId,
        message.messageHeaderId,
        message.correlationId,
        message.causationId,
        message.certificateRequestId,
        message.heldReason,
      ],
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
   * Stores an acknowledgement of a message that is still waiting for one (pending or sent; a
   * transient-error is not final, so a later acknowledgement replaces it). An ok settles a
   * sent message as acknowledged; a message whose delivery is not recorded yet keeps the
   * acknowledgement until it is. False when the message was already settled.
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
              status = CASE WHEN status = 'sent' AND $3 = 'ok' THEN 'acknowledged' ELSE status END,
              acknowledgement_due_at = CASE WHEN $3 = 'ok' THEN NULL ELSE acknowledgement_due_at END
        WHERE id = $1 AND status IN ('pending', 'sent')
          AND (acknowledgement IS NULL OR acknowledgement_code = 'transient-error')
        RETURNING id`,
      [id, JSON.stringify(acknowledgement), code, acknowledgedAt],
    );
    return rows.length === 1;
  }

  /** The case's messages that have not gone yet, held or not. */
  async pendingOfCase(caseId: string): Promise<OutcomeMessageEntity[]> {
    return this.manager().find(OutcomeMessageEntity, {
      where: { caseId, status: 'pending' },
      order: { queuedAt: 'ASC' },
    });
  }

  /** pending → held, for want of consent. Null when it has gone meanwhile or was already held. */
  async hold(id: string, reason: GpMessageHoldReason): Promise<OutcomeMessageEntity | null> {
    const manager = this.transactions.requireManager('Holding a message');
    const [rows] = await manager.query<[Row[], number]>(
      `UPDATE ${this.outcomeMessage} SET held_reason = $2, held_at = now()
        WHERE id = $1 AND status = 'pending' AND held_reason IS NULL
        RETURNING id`,
      [id, reason],
    );
    if (rows.length === 0) return null;
    return manager.findOneByOrFail(OutcomeMessageEntity, { id });
  }

  /** held → pending and due now. Null when it was not held. */
  async release(id: string): Promise<OutcomeMessageEntity | null> {
    const manager = this.transactions.requireManager('Releasing a held message');
    const [rows] = await manager.query<[Row[], number]>(
      `UPDATE ${this.outcomeMessage} SET held_reason = NULL, held_at = NULL, next_attempt_at = now()
        WHERE id = $1 AND status = 'pending' AND held_reason IS NOT NULL
        RETURNING id`,
      [id],
    );
    if (rows.length === 0) return null;
    return manager.findOneByOrFail(OutcomeMessageEntity, { id });
  }

  async find(id: string): Promise<OutcomeMessageEntity | null> {
    return this.manager().findOneBy(OutcomeMessageEntity, { id });
  }

  async list(filter: OutcomeMessageFilter): Promise<OutcomeMessageEntity[]> {
    return this.manager().find(OutcomeMessageEntity, {
      where: {
        ...(filter.caseId ? { caseId: filter.caseId } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.purpose ? { purpose: filter.purpose } : {}),
      },
      order: { queuedAt: 'DESC' },
      take: filter.limit,
    });
  }
}

function communicationIdentifierOf(bundle: MessageBundle): string | null {
  const communication = bundle.entry.find((entry) => entry.resource.resourceType === 'Communication')?.resource;
  return communication?.resourceType === 'Communication' ? (communication.identifier[0]?.value ?? null) : null;
}
