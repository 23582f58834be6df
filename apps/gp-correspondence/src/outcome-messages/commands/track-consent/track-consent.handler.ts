import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { CaseConsentView } from '@rehab/platform';
import { ConsentGate } from '../../infrastructure/consent-gate';
import { OutcomeMessageDispatcher } from '../../infrastructure/outcome-message-dispatcher';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { TrackConsentCommand } from './track-consent.command';

/**
 * A consent arriving releases the messages that waited for it; a withdrawal holds the ones
 * that have not gone yet, at once. Under the case's lock, like the queueing of a message.
 */
@CommandHandler(TrackConsentCommand)
export class TrackConsentHandler implements ICommandHandler<TrackConsentCommand, { released: number }> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessagesRepository,
    private readonly consents: CaseConsentView,
    private readonly gate: ConsentGate,
    private readonly dispatcher: OutcomeMessageDispatcher,
  ) {}

  async execute({ consent, change }: TrackConsentCommand): Promise<{ released: number }> {
    return this.transactions.run(async () => {
      await this.messages.lockCase(consent.caseId);
      if (change.kind === 'given') await this.consents.recordGiven({ ...consent, givenAt: change.givenAt });
      else await this.consents.recordWithdrawn({ ...consent, withdrawnAt: change.withdrawnAt });
      const released = await this.gate.reconcile(consent.caseId);
      if (released > 0) this.transactions.onCommit(() => this.dispatcher.wake());
      return { released };
    });
  }
}
