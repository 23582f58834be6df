import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AcknowledgementCode, MessageBundle } from '../../medcom/fhir.types';

/** A reply the GP wrote in the built-in inbox, with the acknowledgement the municipality returned. */
@Entity({ name: 'gp_inbox_reply' })
export class GpInboxReplyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'inbox_message_id', type: 'uuid' })
  inboxMessageId!: string;

  @Column({ type: 'jsonb' })
  bundle!: MessageBundle;

  @Column({ type: 'jsonb', nullable: true })
  acknowledgement!: MessageBundle | null;

  @Column({ name: 'acknowledgement_code', type: 'text', nullable: true })
  acknowledgementCode!: AcknowledgementCode | null;

  @Column({ name: 'sent_at', type: 'timestamptz', insert: false, update: false })
  sentAt!: Date;
}
