import { Command } from '@nestjs/cqrs';

/** Announces every GP certificate whose 30 days have passed at `now`; returns how many. */
export class CheckGpCertificateDeadlinesCommand extends Command<number> {
  constructor(readonly now: Date = new Date()) {
    super();
  }
}
