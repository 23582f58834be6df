import { Inject, Injectable } from '@nestjs/common';
import { CONTRIBUTION_DEADLINE_EVENTS } from '@rehab/contracts';
import { Outbox } from '@rehab/messaging';
import { DEPARTMENT_CONTRIBUTION, type DepartmentContribution } from '../department-contribution';
import type { ContributionTask, ContributionTaskEvent } from '../domain/contribution-task.aggregate';

/** Turns what happened to a task into the department's contract event, in the caller's transaction. */
@Injectable()
export class ContributionEventsPublisher {
  constructor(
    private readonly outbox: Outbox,
    @Inject(DEPARTMENT_CONTRIBUTION) private readonly contribution: DepartmentContribution,
  ) {}

  async publish(task: ContributionTask, events: readonly ContributionTaskEvent[]): Promise<void> {
    const state = task.snapshot();
    const subject = { caseId: state.caseId, subjectId: state.personId, municipality: state.municipality };
    for (const event of events) {
      switch (event.kind) {
        case 'opened':
        case 'draft-saved':
          // The task and its draft are the department's own business until it submits.
          break;
        case 'deadline-set':
        case 'reminder-due':
        case 'overdue': {
          // The deadline itself is announced too: the meeting's dossier shows it as the due date.
          const { schedule } = event;
          const definitions = CONTRIBUTION_DEADLINE_EVENTS[this.contribution.department];
          const payload = {
            caseId: state.caseId,
            contributionId: state.id,
            meetingId: schedule.meetingId,
            meetingStartsAt: schedule.meetingStartsAt.toISOString(),
            deadline: schedule.deadline.toISOString(),
          };
          const definition = {
            'deadline-set': definitions.deadlineSet,
            'reminder-due': definitions.reminderDue,
            overdue: definitions.overdue,
          }[event.kind];
          await this.outbox.publish(definition, payload, subject);
          break;
        }
        case 'submitted': {
          const { submission } = event;
          const payload = this.contribution.toSubmittedPayload({
            caseId: state.caseId,
            contributionId: submission.contributionId,
            version: submission.version,
            // The content was validated against the department's DTO when the request came in.
            content: submission.content,
            submittedBy: submission.submittedBy,
            submittedAt: submission.submittedAt.toISOString(),
            ...(submission.reason ? { reason: submission.reason } : {}),
          });
          await this.outbox.publish(this.contribution.submittedEvent, payload, subject);
          break;
        }
        default: {
          const unhandled: never = event;
          throw new Error(`Unhandled contribution task event ${JSON.stringify(unhandled)}`);
        }
      }
    }
  }
}
