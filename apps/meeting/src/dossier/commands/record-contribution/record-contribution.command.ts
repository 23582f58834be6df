import { Command } from '@nestjs/cqrs';
import type { Contribution } from '../../domain/dossier.aggregate';

export class RecordContributionCommand extends Command<void> {
  constructor(
    /** Whom the contribution concerns, from the event's envelope; used only if it arrives before the referral. */
    readonly subject: { caseId: string; personId: string; municipality: string },
    readonly contribution: Contribution,
  ) {
    super();
  }
}
