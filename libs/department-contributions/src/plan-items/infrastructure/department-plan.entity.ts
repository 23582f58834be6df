import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The latest version of a case's joint plan this department has received; one row per case. */
@Entity({ name: 'department_plan' })
export class DepartmentPlanEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'text' })
  department!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'plan_version', type: 'integer' })
  planVersion!: number;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'employment_goal', type: 'text' })
  employmentGoal!: string;

  @Column({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}

/** One of the department's items in the current version of the plan. */
@Entity({ name: 'plan_item' })
@Index('plan_item_work_list_idx', ['municipality', 'status', 'startsOn'])
export class PlanItemEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'owner_id', type: 'text' })
  ownerId!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'text' })
  status!: string;

  /** Order in the plan, so the items read as the meeting wrote them. */
  @Column({ type: 'integer' })
  position!: number;
}

/** Every progress report, kept even when a later plan version drops its item. */
@Entity({ name: 'plan_item_progress' })
export class PlanItemProgressEntity {
  @PrimaryColumn({ name: 'progress_id', type: 'uuid' })
  progressId!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'reported_by', type: 'text' })
  reportedBy!: string;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;
}

export const PLAN_ITEM_ENTITIES = [DepartmentPlanEntity, PlanItemEntity, PlanItemProgressEntity];
