import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What the GP correspondence service reported about one outcome message to a GP. */
@Entity({ name: 'gp_outcome_message' })
@Index('gp_outcome_message_case_idx', ['caseId'])
export class OutcomeMessageEntity {
  @PrimaryColumn({ name: 'message_header_id', type: 'uuid' })
  messageHeaderId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @Column({ name: 'recipient_sor_code', type: 'text', nullable: true })
  recipientSorCode!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'jsonb' })
  acknowledgements!: { code: string; acknowledgedAt: string }[];

  @Column({ type: 'integer' })
  version!: number;
}
