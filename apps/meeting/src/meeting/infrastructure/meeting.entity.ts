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
  capacity!: number;

  @Column({ name: 'slot_minutes', type: 'integer' })
  slotMinutes!: number;

  @Column({ name: 'agenda_publishes_at', type: 'timestamptz' })
  agendaPublishesAt!: Date;

  @Column({ name: 'agenda_published_at', type: 'timestamptz', nullable: true })
  agendaPublishedAt!: Date | null;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId!: string | null;

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

  @Column({ type: 'boolean' })
  late!: boolean;

  @Column({ name: 'education_member_required', type: 'boolean' })
  educationMemberRequired!: boolean;

  @Column({ name: 'citizen_present', type: 'boolean', nullable: true })
  citizenPresent!: boolean | null;

  @Column({ name: 'citizen_absence_reason', type: 'text', nullable: true })
  citizenAbsenceReason!: string | null;

  /** The citizen's supporter (bisidder). */
  @Column({ type: 'text', nullable: true })
  supporter!: string | null;

  @Column({ name: 'citizen_recorded_at', type: 'timestamptz', nullable: true })
  citizenRecordedAt!: Date | null;

  @Column({ name: 'pending_decision_owner', type: 'text', nullable: true })
  pendingDecisionOwner!: string | null;

  /** A calendar date, read and written as YYYY-MM-DD. */
  @Column({ name: 'pending_decision_due_date', type: 'date', nullable: true })
  pendingDecisionDueDate!: string | null;

  @Column({ name: 'pending_decision_recorded_at', type: 'timestamptz', nullable: true })
  pendingDecisionRecordedAt!: Date | null;
}

/** Who attended the meeting in which role; quorum is read from it. */
@Entity({ name: 'meeting_attendance' })
export class MeetingAttendanceEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: string;

  @PrimaryColumn({ name: 'staff_id', type: 'text' })
  staffId!: string;

  @Column({ type: 'boolean' })
  present!: boolean;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** One step of the meeting's order of business; the sequence number makes two at once conflict. */
@Entity({ name: 'meeting_proceeding_step' })
export class MeetingProceedingStepEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'text' })
  step!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
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

  @Column({ name: 'quorum_override_reason', type: 'text', nullable: true })
  quorumOverrideReason!: string | null;

  @Column({ name: 'pension_grounds', type: 'jsonb', nullable: true })
  pensionGrounds!: {
    employmentFactors: string;
    socialFactors: string;
    healthFactors: string;
    workCapacityReasoning: string;
  } | null;
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

  @Column({ name: 'deviation_reason', type: 'text', nullable: true })
  deviationReason!: string | null;
}
