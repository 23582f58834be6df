import { randomUUID } from 'node:crypto';
import type { Department } from '@rehab/contracts';
import { DomainError } from '@rehab/platform';

export const PLAN_ITEM_STATUSES = ['not-started', 'started', 'completed', 'stopped'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

/** A completed or stopped item is finished; it cannot go back to not started or started. */
const FINISHED: readonly PlanItemStatus[] = ['completed', 'stopped'];

/** One report on an item. Reports are never changed or removed. */
export interface PlanItemProgress {
  progressId: string;
  itemId: string;
  status: PlanItemStatus;
  note: string | null;
  reportedBy: string;
  reportedAt: Date;
}

/** One activity of the joint plan that this department owns. */
export interface PlanItem {
  itemId: string;
  description: string;
  ownerId: string;
  /** Calendar dates, YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  status: PlanItemStatus;
  /** Every report on the item, oldest first. */
  progress: readonly PlanItemProgress[];
}

/** An item as the meeting service adopted it, before this department reported anything on it. */
export type AdoptedPlanItem = Pick<PlanItem, 'itemId' | 'description' | 'ownerId' | 'startsOn' | 'endsOn'> & {
  department: Department;
};

/** One version of the joint plan (indsatsdel), as the meeting service announced it. */
export interface AdoptedPlan {
  caseId: string;
  /** Pseudonymous person id. */
  personId: string;
  municipality: string;
  planId: string;
  planVersion: number;
  meetingId: string;
  employmentGoal: string;
  adoptedAt: Date;
  items: readonly AdoptedPlanItem[];
}

export interface DepartmentPlanState {
  caseId: string;
  personId: string;
  municipality: string;
  department: Department;
  planId: string;
  planVersion: number;
  meetingId: string;
  employmentGoal: string;
  adoptedAt: Date;
  items: readonly PlanItem[];
  version: number;
}

export type DepartmentPlanEvent =
  { kind: 'plan-received'; planVersion: number } | { kind: 'progress-reported'; progress: PlanItemProgress };

/**
 * The part of a case's joint plan that one department owns: its items and the progress it has
 * reported on them. The plan itself is the meeting service's; this keeps the latest version of it.
 */
export class DepartmentPlan {
  private readonly pending: DepartmentPlanEvent[] = [];

  private constructor(private state: DepartmentPlanState) {}

  /**
   * The department's share of an adopted plan. It is kept even when none of the items are the
   * department's, so that an older version arriving late cannot bring back items already replaced.
   */
  static receive(plan: AdoptedPlan, department: Department): DepartmentPlan {
    const items = DepartmentPlan.itemsOf(plan, department, []);
    const received = new DepartmentPlan({
      caseId: plan.caseId,
      personId: plan.personId,
      municipality: plan.municipality,
      department,
      planId: plan.planId,
      planVersion: plan.planVersion,
      meetingId: plan.meetingId,
      employmentGoal: plan.employmentGoal,
      adoptedAt: plan.adoptedAt,
      items,
      version: 0,
    });
    received.pending.push({ kind: 'plan-received', planVersion: plan.planVersion });
    return received;
  }

  static restore(state: DepartmentPlanState): DepartmentPlan {
    return new DepartmentPlan(state);
  }

  /**
   * A newer version of the plan replaces the department's items as a whole. Events may arrive
   * late, so an older or the same version changes nothing (returns false). An item kept in the
   * new version keeps the progress already reported on it.
   */
  replaceWith(plan: AdoptedPlan): boolean {
    if (plan.planVersion <= this.state.planVersion) return false;
    this.state = {
      ...this.state,
      planId: plan.planId,
      planVersion: plan.planVersion,
      meetingId: plan.meetingId,
      employmentGoal: plan.employmentGoal,
      adoptedAt: plan.adoptedAt,
      items: DepartmentPlan.itemsOf(plan, this.state.department, this.state.items),
    };
    this.pending.push({ kind: 'plan-received', planVersion: plan.planVersion });
    return true;
  }

  /**
   * Records how an item is going. A finished item (completed or stopped) cannot be reported as
   * not started or started again; a new activity belongs in a new version of the plan.
   */
  reportProgress(input: {
    itemId: string;
    status: PlanItemStatus;
    note?: string | null;
    reportedBy: string;
    now: Date;
  }): PlanItemProgress {
    const item = this.state.items.find((candidate) => candidate.itemId === input.itemId);
    if (!item) throw DomainError.notFound(`This department has no plan item ${input.itemId}.`);
    if (FINISHED.includes(item.status) && !FINISHED.includes(input.status)) {
      throw DomainError.ruleViolated(
        `The plan item is already ${item.status}; it cannot be reported as ${input.status} again. ` +
          'A new activity belongs in a new version of the plan.',
      );
    }
    const note = input.note?.trim() ? input.note.trim() : null;
    const progress: PlanItemProgress = {
      progressId: randomUUID(),
      itemId: item.itemId,
      status: input.status,
      note,
      reportedBy: input.reportedBy,
      reportedAt: input.now,
    };
    this.state = {
      ...this.state,
      items: this.state.items.map((candidate) =>
        candidate === item
          ? { ...candidate, status: input.status, progress: [...candidate.progress, progress] }
          : candidate,
      ),
    };
    this.pending.push({ kind: 'progress-reported', progress });
    return progress;
  }

  item(itemId: string): PlanItem | null {
    return this.state.items.find((candidate) => candidate.itemId === itemId) ?? null;
  }

  get caseId(): string {
    return this.state.caseId;
  }

  snapshot(): Readonly<DepartmentPlanState> {
    return this.state;
  }

  /** What happened since the plan was loaded; the repository stores and publishes it. */
  pullEvents(): DepartmentPlanEvent[] {
    return this.pending.splice(0, this.pending.length);
  }

  private static itemsOf(plan: AdoptedPlan, department: Department, previous: readonly PlanItem[]): PlanItem[] {
    return plan.items
      .filter((item) => item.department === department)
      .map((item) => {
        const kept = previous.find((candidate) => candidate.itemId === item.itemId);
        return {
          itemId: item.itemId,
          description: item.description,
          ownerId: item.ownerId,
          startsOn: item.startsOn,
          endsOn: item.endsOn,
          status: kept?.status ?? 'not-started',
          progress: kept?.progress ?? [],
        };
      });
  }
}
