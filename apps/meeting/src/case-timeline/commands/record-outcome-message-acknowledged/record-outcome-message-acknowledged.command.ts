import { Command } from '@nestjs/cqrs';
import type { Acknowledgement } from '../../domain/outcome-message.aggregate';

export class RecordOutcomeMessageAcknowledgedCommand extends Command<void> {
  constructor(
    readonly caseId: string,
    readonly messageHeaderId: string,
    readonly acknowledgement: Acknowledgement,
  ) {
    super();
  }
}
