import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A department announced a contribution overdue: its deadline before the meeting passed without it. */
@Entity({ name: 'overdue_contribution' })
@Index('overdue_contribution_municipality_idx', ['municipality', 'department'])
export class OverdueContributionEntity {
  @PrimaryColumn({ type: 'text' })
  department!: string;

  @PrimaryColumn({ name: 'contribution_id', type: 'uuid' })
  contributionId!: string;

  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
