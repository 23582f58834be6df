import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { OutcomeMessageDispatcher } from '../../infrastructure/outcome-message-dispatcher';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { RememberReferralCommand } from './remember-referral.command';

@CommandHandler(RememberReferralCommand)
export class RememberReferralHandler implements ICommandHandler<RememberReferralCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessagesRepository,
    private readonly dispatcher: OutcomeMessageDispatcher,
  ) {}

  async execute(command: RememberReferralCommand): Promise<void> {
    await this.transactions.run(async () => {
      await this.messages.lockCase(command.referral.caseId);
      const ready = await this.messages.rememberReferral(command.referral);
      // A decision that arrived before its referral can go now.
      if (ready.length > 0) this.transactions.onCommit(() => this.dispatcher.wake());
    });
  }
}
