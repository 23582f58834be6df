import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DEPARTMENT_CONTRIBUTION, type DepartmentContribution } from '../../department-contribution';
import type { ContributionVersion } from '../../domain/contribution-task.aggregate';
import { ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import { SubmitContributionCommand } from './submit-contribution.command';

/** Stores the new version, publishes it through the outbox and clears the draft, in one transaction. */
@CommandHandler(SubmitContributionCommand)
export class SubmitContributionHandler implements ICommandHandler<SubmitContributionCommand, ContributionVersion> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tasks: ContributionTaskRepository,
    @Inject(DEPARTMENT_CONTRIBUTION) private readonly contribution: DepartmentContribution,
  ) {}

  async execute(command: SubmitContributionCommand): Promise<ContributionVersion> {
    return this.transactions.run(async () => {
      const task = await this.tasks.getByCase(command.caseId);
      this.contribution.checkSubmission?.(command.content);
      const submission = task.submit({
        content: command.content,
        submittedBy: command.submittedBy,
        reason: command.reason,
        now: new Date(),
      });
      await this.tasks.save(task);
      return submission;
    });
  }
}
