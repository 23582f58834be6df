import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RequestContexts, TransactionRunner } from '@rehab/messaging';
import { ConsentGate } from '../../infrastructure/consent-gate';
import { OutcomeMessageDispatcher } from '../../infrastructure/outcome-message-dispatcher';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { QueueOutcomeMessageCommand, type QueueOutcomeMessageResult } from './queue-outcome-message.command';

/**
 * Queues the outcome message for a decision. If the referral that names the GP has not
 * arrived yet, the message waits for it (pending, awaiting the referral); it is never dropped.
 * Without the citizen's consent to share the outcome with the GP it is held until that comes.
 */
@CommandHandler(QueueOutcomeMessageCommand)
export class QueueOutcomeMessageHandler implements ICommandHandler<
  QueueOutcomeMessageCommand,
  QueueOutcomeMessageResult
> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessagesRepository,
    private readonly dispatcher: OutcomeMessageDispatcher,
    private readonly gate: ConsentGate,
  ) {}

  async execute(command: QueueOutcomeMessageCommand): Promise<QueueOutcomeMessageResult> {
    const context = RequestContexts.currentOr('gp-correspondence');
    return this.transactions.run(async () => {
      await this.messages.lockCase(command.caseId);
      const referral = await this.messages.findReferral(command.caseId);
      const id = randomUUID();
      const heldReason = await this.gate.holdReasonFor(command.caseId, { purpose: 'outcome', activity: 'new-message' });
      const queued = await this.messages.queue({
        id,
        caseId: command.caseId,
        decisionId: command.decisionId,
        personId: referral?.personId ?? command.personId,
        municipality: command.municipality,
        decision: command.decision,
        recipient: referral ? { sorCode: referral.gpSorCode, name: referral.gpName } : null,
        // Fixed now, so that a retried delivery carries the same ids and the receiver can deduplicate it.
        bundleId: randomUUID(),
        messageHeaderId: randomUUID(),
        correlationId: context.correlationId,
        causationId: context.causationId,
        heldReason,
      });
      if (queued && heldReason) await this.gate.announceHeld(id);
      if (queued && referral && !heldReason) this.transactions.onCommit(() => this.dispatcher.wake());
      return { queued };
    });
  }
}
