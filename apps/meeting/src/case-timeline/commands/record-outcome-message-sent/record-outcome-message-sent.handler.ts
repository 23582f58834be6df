import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { OutcomeMessage } from '../../domain/outcome-message.aggregate';
import { OutcomeMessageRepository } from '../../infrastructure/outcome-message.repository';
import { RecordOutcomeMessageSentCommand } from './record-outcome-message-sent.command';

@CommandHandler(RecordOutcomeMessageSentCommand)
export class RecordOutcomeMessageSentHandler implements ICommandHandler<RecordOutcomeMessageSentCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessageRepository,
  ) {}

  async execute(command: RecordOutcomeMessageSentCommand): Promise<void> {
    await this.transactions.run(async () => {
      const sending = {
        messageHeaderId: command.messageHeaderId,
        caseId: command.caseId,
        decisionId: command.decisionId,
        recipientSorCode: command.recipientSorCode,
        sentAt: command.sentAt,
      };
      const existing = await this.messages.find(command.messageHeaderId);
      existing?.recordSent(sending);
      await this.messages.save(existing ?? OutcomeMessage.sent(sending));
    });
  }
}
