import { Command } from '@nestjs/cqrs';

export class RecordActivityStartedCommand extends Command<void> {
  constructor(
    readonly caseId: string,
    readonly startedAt: Date,
    readonly recordedBy: string,
  ) {
    super();
  }
}
