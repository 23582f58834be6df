import { Command } from '@nestjs/cqrs';
import type { ContributionDeadlineAnnouncement } from '../../infrastructure/dossier-schedule.repository';

/** A department announced when its contribution to a case is due for a meeting. */
export class RecordContributionDeadlineCommand extends Command<void> {
  constructor(readonly announcement: ContributionDeadlineAnnouncement) {
    super();
  }
}
