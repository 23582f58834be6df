import { Command } from '@nestjs/cqrs';

export type ScheduleContributionDeadlineResult = 'deadline-set' | 'unchanged' | 'no-task-yet';

export class ScheduleContributionDeadlineCommand extends Command<ScheduleContributionDeadlineResult> {
  constructor(
    readonly caseId: string,
    readonly municipality: string,
    readonly meetingId: string,
    readonly meetingStartsAt: Date,
  ) {
    super();
  }
}
