import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DEPARTMENT_CONTRIBUTION, type DepartmentContribution } from '../../department-contribution';
import { ContributionTask } from '../../domain/contribution-task.aggregate';
import { ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import { OpenContributionTaskCommand, type OpenContributionTaskResult } from './open-contribution-task.command';

@CommandHandler(OpenContributionTaskCommand)
export class OpenContributionTaskHandler implements ICommandHandler<OpenContributionTaskCommand, OpenContributionTaskResult> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tasks: ContributionTaskRepository,
    @Inject(DEPARTMENT_CONTRIBUTION) private readonly contribution: DepartmentContribution,
  ) {}

  async execute(command: OpenContributionTaskCommand): Promise<OpenContributionTaskResult> {
    if (!ContributionTask.isRequiredOf(command.requiredDepartments, this.contribution.department)) {
      return 'not-required';
    }
    return this.transactions.run(async () => {
      // One task per case: a second referral event for the case changes nothing.
      if (await this.tasks.findByCase(command.caseId)) return 'already-open';
      const task = ContributionTask.open({
        caseId: command.caseId,
        personId: command.personId,
        municipality: command.municipality,
        caseType: command.caseType,
        now: new Date(),
      });
      await this.tasks.save(task);
      return 'opened';
    });
  }
}
