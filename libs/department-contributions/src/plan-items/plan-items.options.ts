import type { Department } from '@rehab/contracts';

/** One report of progress on a plan item, as a service that owns items may want to act on it. */
export interface PlanItemProgressReport {
  caseId: string;
  municipality: string;
  department: Department;
  itemId: string;
  status: 'not-started' | 'started' | 'completed' | 'stopped';
  reportedBy: string;
  reportedAt: Date;
}

/**
 * What a service does in its own domain when progress is reported on one of its items. It runs
 * inside the report's transaction, so a refusal there refuses the report as well.
 */
export interface PlanItemProgressListener {
  progressReported(report: PlanItemProgressReport): Promise<void>;
}

/** Injection token of the department whose plan items a service keeps. */
export const PLAN_ITEM_DEPARTMENT = Symbol('PLAN_ITEM_DEPARTMENT');

/** Injection token of the service's optional PlanItemProgressListener. */
export const PLAN_ITEM_PROGRESS_LISTENER = Symbol('PLAN_ITEM_PROGRESS_LISTENER');
