import { Command } from '@nestjs/cqrs';
import type { ContributionContent, ContributionDraft } from '../../domain/contribution-task.aggregate';

export class SaveContributionDraftCommand extends Command<ContributionDraft> {
  constructor(
    readonly caseId: string,
    /** May leave headings out: a draft is work in progress. */
    readonly content: ContributionContent,
    readonly savedBy: string,
  ) {
    super();
  }
}
