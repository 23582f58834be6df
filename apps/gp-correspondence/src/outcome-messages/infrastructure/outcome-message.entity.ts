import type { GpMessageHoldReason } from '@rehab/contracts';
import type { AcknowledgementCode, MessageBundle } from '../../medcom/fhir.types';
import type {
  DecisionSnapshot,
  OutcomeMessageStatus,
  OutgoingActivity,
  OutgoingPurpose,
} from '../domain/outcome-message';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One message to a GP, from queued to acknowledged or failed: the outcome of a decision (one
 * per decision), a correction, retraction or forward of it, or the GP-certificate request.
 */
@Entity({ name: 'outcome_message' })
export class OutcomeMessageEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  purpose!: OutgoingPurpose;

  @Column({ type: 'text' })
  activity!: OutgoingActivity;

  /** The decision's id for an outcome; null for a follow-up (see precedingMessageId) and a certificate request. */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  /** The message a correction, retraction or forward continues. */
  @Column({ name: 'preceding_message_id', type: 'uuid', nullable: true })
  precedingMessageId!: string | null;

  @Column({ name: 'certificate_request_id', type: 'uuid', nullable: true })
  certificateRequestId!: string | null;

  /** The text of a correction, retraction or forward, written by the caseworker. */
  @Column({ name: 'text_override', type: 'text', nullable: true })
  textOverride!: string | null;

  /** The thread (Communication.identifier), fixed when the message is first built. */
  @Column({ name: 'communication_identifier', type: 'text', nullable: true })
  communicationIdentifier!: string | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'jsonb', nullable: true })
  decision!: DecisionSnapshot | null;

  @Column({ name: 'recipient_sor_code', type: 'text', nullable: true })
  recipientSorCode!: string | null;

  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName!: string | null;

  @Column({ type: 'text' })
  status!: OutcomeMessageStatus;

  @Column({ name: 'bundle_id', type: 'uuid' })
  bundleId!: string;

  @Column({ name: 'message_header_id', type: 'uuid' })
  messageHeaderId!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  /** Why the last attempt failed, in words that never carry a CPR number. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt!: Date;

  /** The message as last delivered. It holds the CPR number, as the GP needs it. */
  @Column({ type: 'jsonb', nullable: true })
  bundle!: MessageBundle | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  acknowledgement!: MessageBundle | null;

  @Column({ name: 'acknowledgement_code', type: 'text', nullable: true })
  acknowledgementCode!: AcknowledgementCode | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** How many times it was sent again, in a new envelope, for want of an acknowledgement. */
  @Column({ type: 'integer' })
  resends!: number;

  /** When the acknowledgement of the envelope last sent is overdue. */
  @Column({ name: 'acknowledgement_due_at', type: 'timestamptz', nullable: true })
  acknowledgementDueAt!: Date | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  /** Why a pending message is held instead of sent: the consent it needs is missing or withdrawn. */
  @Column({ name: 'held_reason', type: 'text', nullable: true })
  heldReason!: GpMessageHoldReason | null;

  @Column({ name: 'held_at', type: 'timestamptz', nullable: true })
  heldAt!: Date | null;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ name: 'causation_id', type: 'text', nullable: true })
  causationId!: string | null;

  @Column({ name: 'queued_at', type: 'timestamptz' })
  queuedAt!: Date;
}
