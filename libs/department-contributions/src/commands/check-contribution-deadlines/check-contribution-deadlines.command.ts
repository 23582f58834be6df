import { Command } from '@nestjs/cqrs';

export interface CheckContributionDeadlinesResult {
  remindersDue: number;
  overdue: number;
}

/** Announces every reminder and overdue task that is due at `now`; a timer or a test sends it. */
export class CheckContributionDeadlinesCommand extends Command<CheckContributionDeadlinesResult> {
  constructor(readonly now: Date = new Date()) {
    super();
  }
}
