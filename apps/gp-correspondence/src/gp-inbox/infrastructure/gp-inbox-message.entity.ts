import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AcknowledgementCode, MessageBundle } from '../../medcom/fhir.types';

/** A message as the built-in GP inbox received it, once per Bundle.id + MessageHeader.id. */
@Entity({ name: 'gp_inbox_message' })
export class GpInboxMessageEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** As received: an outside sender's ids need not be UUIDs. */
  @Column({ name: 'bundle_id', type: 'text' })
  bundleId!: string;

  @Column({ name: 'message_header_id', type: 'text' })
  messageHeaderId!: string;

  @Column({ name: 'event_code', type: 'text' })
  eventCode!: string;

  @Column({ name: 'recipient_sor_code', type: 'text', nullable: true })
  recipientSorCode!: string | null;

  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName!: string | null;

  @Column({ name: 'sender_sor_code', type: 'text', nullable: true })
  senderSorCode!: string | null;

  @Column({ name: 'sender_name', type: 'text', nullable: true })
  senderName!: string | null;

  @Column({ type: 'text', nullable: true })
  category!: string | null;

  @Column({ type: 'text', nullable: true })
  topic!: string | null;

  /** The message itself, with the patient's CPR number: the GP needs it. */
  @Column({ type: 'jsonb' })
  bundle!: MessageBundle;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'duplicates_received', type: 'integer' })
  duplicatesReceived!: number;

  @Column({ name: 'last_duplicate_at', type: 'timestamptz', nullable: true })
  lastDuplicateAt!: Date | null;

  /** The acknowledgement returned, and returned again for every duplicate; null when the GP system keeps silent. */
  @Column({ type: 'jsonb', nullable: true })
  acknowledgement!: MessageBundle | null;

  @Column({ name: 'acknowledgement_code', type: 'text', nullable: true })
  acknowledgementCode!: AcknowledgementCode | null;
}
