import { Inject, Injectable } from '@nestjs/common';
import { type Department, PLAN_ITEM_PROGRESS_EVENTS } from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { DepartmentPlan, DepartmentPlanEvent } from '../domain/department-plan.aggregate';
import { PLAN_ITEM_DEPARTMENT } from '../plan-items.options';

/** Turns progress on the department's plan items into its contract event, in the caller's transaction. */
@Injectable()
export class PlanItemEventsPublisher {
  constructor(
    private readonly outbox: Outbox,
    @Inject(PLAN_ITEM_DEPARTMENT) private readonly department: Department,
  ) {}

  async publish(plan: DepartmentPlan, events: readonly DepartmentPlanEvent[]): Promise<void> {
    const state = plan.snapshot();
    const subject = { caseId: state.caseId, subjectId: state.personId, municipality: state.municipality };
    for (const event of events) {
      switch (event.kind) {
        case 'plan-received':
          // The plan is the meeting service's event; receiving it is nobody else's news.
          break;
        case 'progress-reported': {
          const { progress } = event;
          await this.outbox.publish(
            PLAN_ITEM_PROGRESS_EVENTS[this.department],
            {
              caseId: state.caseId,
              planId: state.planId,
              itemId: progress.itemId,
              status: progress.status,
              ...(progress.note ? { note: progress.note } : {}),
              reportedBy: progress.reportedBy,
              reportedAt: progress.reportedAt.toISOString(),
            },
            subject,
          );
          break;
        }
        default: {
          const unhandled: never = event;
          throw new Error(`Unhandled plan event ${JSON.stringify(unhandled)}`);
        }
      }
    }
  }
}
