import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DEPARTMENT_CONTRIBUTION, type DepartmentContribution } from '../../department-contribution';
import { contributionScheduleFor } from '../../domain/contribution-deadline';
import { ContributionTask } from '../../domain/contribution-task.aggregate';
import { ContributionDeadlineSettings } from '../../infrastructure/contribution-deadline.settings';
import { ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import { OpenContributionTaskCommand, type OpenContributionTaskResult } from './open-contribution-task.command';

@CommandHandler(OpenContributionTaskCommand)
export class OpenContributionTaskHandler implements ICommandHandler<OpenContributionTaskCommand, OpenContributionTaskResult> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tasks: ContributionTaskRepository,
    @Inject(DEPARTMENT_CONTRIBUTION) private readonly contribution: DepartmentContribution,
    private readonly deadlines: ContributionDeadlineSettings,
  ) {}

  async execute(command: OpenContributionTaskCommand): Promise<OpenContributionTaskResult> {
    if (!ContributionTask.isRequiredOf(command.requiredDepartments, this.contribution.department)) {
      return 'not-required';
    }
    return this.transactions.run(async () => {
      await this.tasks.lockCase(command.caseId);
      // One task per case: a second referral event for the case changes nothing.
      if (await this.tasks.findByCase(command.caseId)) return 'already-open';
      // The meeting service may have scheduled the case before the referral reached us.
      const scheduled = await this.tasks.findSchedule(command.caseId);
      const task = ContributionTask.open({
        caseId: command.caseId,
        personId: command.personId,
        municipality: command.municipality,
        caseType: command.caseType,
        now: new Date(),
        schedule:
          scheduled && scheduled.municipality === command.municipality
            ? contributionScheduleFor({ meetingId: scheduled.meetingId, startsAt: scheduled.startsAt }, this.deadlines.policy)
            : null,
      });
      await this.tasks.save(task);
      return 'opened';
    });
  }
}
