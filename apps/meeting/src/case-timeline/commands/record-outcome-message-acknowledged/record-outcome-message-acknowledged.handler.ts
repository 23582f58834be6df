import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { OutcomeMessage } from '../../domain/outcome-message.aggregate';
import { OutcomeMessageRepository } from '../../infrastructure/outcome-message.repository';
import { RecordOutcomeMessageAcknowledgedCommand } from './record-outcome-message-acknowledged.command';

@CommandHandler(RecordOutcomeMessageAcknowledgedCommand)
export class RecordOutcomeMessageAcknowledgedHandler
  implements ICommandHandler<RecordOutcomeMessageAcknowledgedCommand, void>
{
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessageRepository,
  ) {}

  async execute(command: RecordOutcomeMessageAcknowledgedCommand): Promise<void> {
    await this.transactions.run(async () => {
      const message =
        (await this.messages.find(command.messageHeaderId)) ??
        OutcomeMessage.acknowledgedBeforeSent({ messageHeaderId: command.messageHeaderId, caseId: command.caseId });
      message.recordAcknowledgement(command.acknowledgement);
      await this.messages.save(message);
    });
  }
}
