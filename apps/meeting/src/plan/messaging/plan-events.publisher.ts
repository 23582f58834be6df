import { Injectable } from '@nestjs/common';
import { PlanAdopted } from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import type { JointPlan, JointPlanEvent } from '../domain/joint-plan.aggregate';

/** Turns an adopted plan into the contract event the departments receive their items from. */
@Injectable()
export class PlanEventsPublisher {
  constructor(private readonly outbox: Outbox) {}

  async publish(plan: JointPlan, events: readonly JointPlanEvent[]): Promise<void> {
    const state = plan.snapshot();
    const subject = { caseId: state.caseId, subjectId: state.personId, municipality: state.municipality };
    for (const event of events) {
      switch (event.kind) {
        case 'plan-adopted':
          await this.outbox.publish(
            PlanAdopted,
            {
              caseId: state.caseId,
              planId: state.planId,
              meetingId: event.version.meetingId,
              version: event.version.version,
              employmentGoal: event.version.employmentGoal,
              items: event.version.items.map((item) => ({ ...item })),
              adoptedBy: event.version.adoptedBy,
              adoptedAt: event.version.adoptedAt.toISOString(),
            },
            subject,
          );
          break;
        default: {
          const unhandled: never = event.kind;
          throw new Error(`Unhandled plan event ${String(unhandled)}`);
        }
      }
    }
  }
}
