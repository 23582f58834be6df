import type { Department, PLAN_ITEM_STATUSES } from '@rehab/contracts';

export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

/**
 * One report of a department's progress on one of its plan items. Reports are kept as they come,
 * even for a plan or item not known here yet (they travel on the departments' topics, so nothing
 * orders them after the plan), and read against the plan when it is shown.
 */
export interface PlanItemProgress {
  reportId: string;
  caseId: string;
  planId: string;
  itemId: string;
  /** The department that reported it; only its own items' reports count. */
  department: Department;
  status: PlanItemStatus;
  note: string | null;
  reportedBy: string;
  reportedAt: Date;
  receivedAt: Date;
}

/** The reports that concern an item: the ones its own department made on it. */
export function reportsOn(
  item: { itemId: string; department: Department },
  reports: readonly PlanItemProgress[],
): PlanItemProgress[] {
  return reports.filter((report) => report.itemId === item.itemId && report.department === item.department);
}

/** The report that counts: the one reported last; an older report arriving late never displaces it. */
export function latestProgress(reports: readonly PlanItemProgress[]): PlanItemProgress | null {
  return reports.reduce<PlanItemProgress | null>(
    (latest, report) => (latest === null || isLater(report, latest) ? report : latest),
    null,
  );
}

/** Every report of an item, the latest first. */
export function progressHistory(reports: readonly PlanItemProgress[]): PlanItemProgress[] {
  return [...reports].sort((a, b) => (isLater(a, b) ? -1 : 1));
}

function isLater(candidate: PlanItemProgress, than: PlanItemProgress): boolean {
  const byReport = candidate.reportedAt.getTime() - than.reportedAt.getTime();
  if (byReport !== 0) return byReport > 0;
  // Two reports of the same moment: the one received last is taken as the correction.
  return candidate.receivedAt.getTime() > than.receivedAt.getTime();
}
