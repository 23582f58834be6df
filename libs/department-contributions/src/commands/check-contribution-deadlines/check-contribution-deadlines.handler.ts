import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import {
  CheckContributionDeadlinesCommand,
  type CheckContributionDeadlinesResult,
} from './check-contribution-deadlines.command';

const BATCH_SIZE = 100;

@CommandHandler(CheckContributionDeadlinesCommand)
export class CheckContributionDeadlinesHandler implements ICommandHandler<
  CheckContributionDeadlinesCommand,
  CheckContributionDeadlinesResult
> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tasks: ContributionTaskRepository,
  ) {}

  async execute(command: CheckContributionDeadlinesCommand): Promise<CheckContributionDeadlinesResult> {
    const result: CheckContributionDeadlinesResult = { remindersDue: 0, overdue: 0 };
    const seen = new Set<string>();
    for (;;) {
      const caseIds = (await this.tasks.findCasesWithDeadlineCheckDue(command.now, BATCH_SIZE)).filter(
        (caseId) => !seen.has(caseId),
      );
      if (caseIds.length === 0) return result;
      for (const caseId of caseIds) {
        seen.add(caseId);
        const outcome = await this.checkOne(caseId, command.now);
        if (outcome === 'reminder-due') result.remindersDue += 1;
        if (outcome === 'overdue') result.overdue += 1;
      }
    }
  }

  /**
   * One task per transaction, so one conflict does not hold back the rest. The version check
   * makes a concurrent checker (another instance) lose instead of announcing twice.
   */
  private async checkOne(caseId: string, now: Date): Promise<'reminder-due' | 'overdue' | 'nothing-due'> {
    try {
      return await this.transactions.run(async () => {
        const task = await this.tasks.findByCase(caseId);
        if (!task) return 'nothing-due';
        const outcome = task.checkDeadline(now);
        if (outcome !== 'nothing-due') await this.tasks.save(task);
        return outcome;
      });
    } catch (error) {
      // Someone else changed the task meanwhile; the next check looks at it again.
      if (error instanceof DomainError && error.kind === 'conflict') return 'nothing-due';
      throw error;
    }
  }
}
