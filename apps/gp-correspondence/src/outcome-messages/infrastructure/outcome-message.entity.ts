import type { AcknowledgementCode, MessageBundle } from '../../medcom/fhir.types';
import type { DecisionSnapshot, OutcomeMessageStatus } from '../domain/outcome-message';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One outcome message per decision, from queued to acknowledged. */
@Entity({ name: 'outcome_message' })
export class OutcomeMessageEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'jsonb' })
  decision!: DecisionSnapshot;

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

  /** The delivered message. It holds the CPR number, as the GP needs it. */
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

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ name: 'causation_id', type: 'text', nullable: true })
  causationId!: string | null;

  @Column({ name: 'queued_at', type: 'timestamptz' })
  queuedAt!: Date;
}
