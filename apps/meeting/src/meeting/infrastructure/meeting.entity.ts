import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'meeting' })
@Index('meeting_municipality_starts_at_idx', ['municipality', 'startsAt'])
export class MeetingEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'chair_id', type: 'text' })
  chairId!: string;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}

/** A case on a meeting's agenda. A case awaits a decision on one agenda at a time (a partial unique index). */
@Entity({ name: 'agenda_item' })
export class AgendaItemEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;

  /** scheduled, recommended or decided. */
  @Column({ type: 'text' })
  status!: string;
}

/** The joint recommendation (indstilling); one per agenda item, never changed. */
@Entity({ name: 'recommendation' })
export class RecommendationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'adopted_by', type: 'text' })
  adoptedBy!: string;

  @Column({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt!: Date;
}

/** The municipality's decision (afgørelse); one per recommendation, never changed. */
@Entity({ name: 'decision' })
export class DecisionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ name: 'follows_recommendation', type: 'boolean' })
  followsRecommendation!: boolean;

  @Column({ name: 'decided_by', type: 'text' })
  decidedBy!: string;

  @Column({ name: 'decided_at_meeting', type: 'boolean' })
  decidedAtMeeting!: boolean;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
