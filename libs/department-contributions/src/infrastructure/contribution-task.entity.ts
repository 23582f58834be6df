import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

export interface StoredDraft {
  content: Record<string, string>;
  savedBy: string;
  savedAt: string;
}

/** One row per referred case the department contributes to; each department has its own schema. */
@Entity({ name: 'contribution_task' })
@Index('contribution_task_queue_idx', ['municipality', 'status', 'openedAt'])
@Unique('contribution_task_case_uq', ['caseId'])
export class ContributionTaskEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ name: 'case_type', type: 'text' })
  caseType!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  draft!: StoredDraft | null;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @Column({ name: 'meeting_starts_at', type: 'timestamptz', nullable: true })
  meetingStartsAt!: Date | null;

  /** Null until the case is scheduled on a meeting. */
  @Column({ type: 'timestamptz', nullable: true })
  deadline!: Date | null;

  @Column({ name: 'remind_from', type: 'timestamptz', nullable: true })
  remindFrom!: Date | null;

  @Column({ name: 'reminder_announced_at', type: 'timestamptz', nullable: true })
  reminderAnnouncedAt!: Date | null;

  @Column({ name: 'overdue_announced_at', type: 'timestamptz', nullable: true })
  overdueAnnouncedAt!: Date | null;

  /** The newest submitted version (0 for none), kept here so the work queue needs no join. */
  @Column({ name: 'latest_version', type: 'integer' })
  latestVersion!: number;

  @Column({ type: 'integer' })
  version!: number;
}

/** Every submitted version of the contribution is kept. */
@Entity({ name: 'contribution_version' })
export class ContributionVersionEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  content!: Record<string, string>;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}

/**
 * The meeting each case is scheduled on, as the meeting service announced it. Kept apart from
 * the task because the scheduling may arrive before the referral that opens the task.
 */
@Entity({ name: 'case_schedule' })
export class CaseScheduleEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;
}

export const CONTRIBUTION_ENTITIES = [ContributionTaskEntity, ContributionVersionEntity, CaseScheduleEntity];
