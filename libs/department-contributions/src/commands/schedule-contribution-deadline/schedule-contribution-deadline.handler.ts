import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { contributionScheduleFor } from '../../domain/contribution-deadline';
import { ContributionDeadlineSettings } from '../../infrastructure/contribution-deadline.settings';
import { ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import {
  ScheduleContributionDeadlineCommand,
  type ScheduleContributionDeadlineResult,
} from './schedule-contribution-deadline.command';

/**
 * Remembers the meeting the case is scheduled on and moves the task's deadline to match. The
 * scheduling may come before the referral; the task then takes the deadline when it opens.
 */
@CommandHandler(ScheduleContributionDeadlineCommand)
export class ScheduleContributionDeadlineHandler implements ICommandHandler<
  ScheduleContributionDeadlineCommand,
  ScheduleContributionDeadlineResult
> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tasks: ContributionTaskRepository,
    private readonly settings: ContributionDeadlineSettings,
  ) {}

  async execute(command: ScheduleContributionDeadlineCommand): Promise<ScheduleContributionDeadlineResult> {
    return this.transactions.run(async () => {
      await this.tasks.lockCase(command.caseId);
      await this.tasks.saveSchedule({
        caseId: command.caseId,
        municipality: command.municipality,
        meetingId: command.meetingId,
        startsAt: command.meetingStartsAt,
      });
      const task = await this.tasks.findByCase(command.caseId);
      // A case of another municipality under the same id is not this task's case.
      if (!task || task.snapshot().municipality !== command.municipality) return 'no-task-yet';
      const changed = task.scheduleDeadline(
        contributionScheduleFor(
          { meetingId: command.meetingId, startsAt: command.meetingStartsAt },
          this.settings.policy,
        ),
      );
      if (!changed) return 'unchanged';
      await this.tasks.save(task);
      return 'deadline-set';
    });
  }
}
