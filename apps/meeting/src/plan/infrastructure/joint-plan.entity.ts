import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'joint_plan' })
export class JointPlanEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'case_id', type: 'uuid', unique: true })
  caseId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  /** The number of versions adopted; also the optimistic-concurrency check. */
  @Column({ type: 'integer' })
  version!: number;
}

export interface PlanItemRecord {
  itemId: string;
  department: string;
  description: string;
  ownerId: string;
  startsOn: string;
  endsOn: string;
}

/** Every adopted version is kept; none is ever updated. */
@Entity({ name: 'joint_plan_version' })
export class JointPlanVersionEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ name: 'employment_goal', type: 'text' })
  employmentGoal!: string;

  @Column({ type: 'jsonb' })
  items!: PlanItemRecord[];

  @Column({ name: 'adopted_by', type: 'text' })
  adoptedBy!: string;

  @Column({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt!: Date;
}

/** One department's report on one plan item, kept as received. */
@Entity({ name: 'plan_item_progress' })
@Index('plan_item_progress_plan_idx', ['planId', 'itemId'])
export class PlanItemProgressEntity {
  /** The reporting event's id, so a redelivered report is recorded once. */
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  /** The department whose topic the report came on. */
  @Column({ type: 'text' })
  department!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'reported_by', type: 'text' })
  reportedBy!: string;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
