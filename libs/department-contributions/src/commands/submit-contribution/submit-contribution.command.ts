import { Command } from '@nestjs/cqrs';
import type { ContributionContent, ContributionVersion } from '../../domain/contribution-task.aggregate';

export class SubmitContributionCommand extends Command<ContributionVersion> {
  constructor(
    readonly caseId: string,
    readonly content: ContributionContent,
    readonly submittedBy: string,
    /** Why an earlier version is changed; required once a version exists. */
    readonly reason: string | null,
  ) {
    super();
  }
}
