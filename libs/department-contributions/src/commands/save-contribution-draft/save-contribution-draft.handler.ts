import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import type { ContributionDraft } from '../../domain/contribution-task.aggregate';
import { ContributionTaskRepository } from '../../infrastructure/contribution-task.repository';
import { SaveContributionDraftCommand } from './save-contribution-draft.command';

@CommandHandler(SaveContributionDraftCommand)
export class SaveContributionDraftHandler implements ICommandHandler<SaveContributionDraftCommand, ContributionDraft> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tasks: ContributionTaskRepository,
  ) {}

  async execute(command: SaveContributionDraftCommand): Promise<ContributionDraft> {
    return this.transactions.run(async () => {
      const task = await this.tasks.getByCase(command.caseId);
      const draft = task.saveDraft(command.content, command.savedBy, new Date());
      await this.tasks.save(task);
      return draft;
    });
  }
}
