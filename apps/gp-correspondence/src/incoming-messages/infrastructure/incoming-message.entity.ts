import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AcknowledgementCode, MessageBundle } from '../../medcom/fhir.types';
import type { IncomingProblem } from '../domain/incoming-message-checks';

export type IncomingOutcome = 'accepted' | 'rejected' | 'acknowledgement';

/**
 * A message that reached this service from a GP's system, kept exactly as it came (raw), once
 * per Bundle.id + MessageHeader.id, with the acknowledgement that was (and for a duplicate is
 * again) returned. Holds the patient's CPR number when the message names one.
 */
@Entity({ name: 'incoming_message' })
export class IncomingMessageEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'bundle_id', type: 'text', nullable: true })
  bundleId!: string | null;

  @Column({ name: 'message_header_id', type: 'text', nullable: true })
  messageHeaderId!: string | null;

  @Column({ name: 'event_code', type: 'text', nullable: true })
  eventCode!: string | null;

  @Column({ type: 'bytea' })
  raw!: Buffer;

  @Column({ type: 'jsonb', nullable: true })
  message!: MessageBundle | null;

  @Column({ type: 'text' })
  outcome!: IncomingOutcome;

  @Column({ type: 'jsonb' })
  problems!: IncomingProblem[];

  @Column({ type: 'jsonb', nullable: true })
  acknowledgement!: MessageBundle | null;

  @Column({ name: 'acknowledgement_code', type: 'text', nullable: true })
  acknowledgementCode!: AcknowledgementCode | null;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ name: 'communication_identifier', type: 'text', nullable: true })
  communicationIdentifier!: string | null;

  @Column({ type: 'text', nullable: true })
  activity!: string | null;

  @Column({ type: 'text' })
  transport!: string;

  @Column({ name: 'received_at', type: 'timestamptz', insert: false, update: false })
  receivedAt!: Date;

  @Column({ name: 'duplicates_received', type: 'integer', insert: false })
  duplicatesReceived!: number;

  @Column({ name: 'last_duplicate_at', type: 'timestamptz', nullable: true, insert: false })
  lastDuplicateAt!: Date | null;
}
