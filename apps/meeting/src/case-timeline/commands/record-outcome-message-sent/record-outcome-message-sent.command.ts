import { Command } from '@nestjs/cqrs';

export class RecordOutcomeMessageSentCommand extends Command<void> {
  constructor(
    readonly caseId: string,
    readonly messageHeaderId: string,
    readonly decisionId: string,
    readonly recipientSorCode: string,
    readonly sentAt: Date,
  ) {
    super();
  }
}
