import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RequestContexts, TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { CorrespondenceRegistry } from '../../../registry/correspondence-registry';
import { followUpRefusal } from '../../domain/follow-up';
import { ConsentGate } from '../../infrastructure/consent-gate';
import { OutcomeMessageDispatcher } from '../../infrastructure/outcome-message-dispatcher';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { QueueFollowUpMessageCommand, type QueueFollowUpMessageResult } from './queue-follow-up-message.command';

@CommandHandler(QueueFollowUpMessageCommand)
export class QueueFollowUpMessageHandler implements ICommandHandler<
  QueueFollowUpMessageCommand,
  QueueFollowUpMessageResult
> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessagesRepository,
    private readonly dispatcher: OutcomeMessageDispatcher,
    private readonly registry: CorrespondenceRegistry,
    private readonly gate: ConsentGate,
  ) {}

  async execute(command: QueueFollowUpMessageCommand): Promise<QueueFollowUpMessageResult> {
    const context = RequestContexts.currentOr('gp-correspondence');
    const forwardTo = command.forwardToSorCode ? this.registry.organization(command.forwardToSorCode) : null;
    if (command.activity === 'forward-message' && !forwardTo) {
      throw DomainError.ruleViolated('A forward needs a recipient SOR code that is in the correspondence registry.');
    }
    return this.transactions.run(async () => {
      const earlier = await this.messages.findByRequestId(command.requestId);
      if (earlier) return { gpMessageId: earlier.id, queued: false };
      const preceding = await this.messages.find(command.precedingId);
      if (!preceding) throw DomainError.notFound('No message to a GP with that id.');
      const refusal = followUpRefusal(preceding);
      if (refusal) throw DomainError.ruleViolated(refusal);
      await this.messages.lockCase(preceding.caseId);
      const id = randomUUID();
      const heldReason = await this.gate.holdReasonFor(preceding.caseId, {
        purpose: preceding.purpose,
        activity: command.activity,
      });
      const queued = await this.messages.queueFollowUp({
        id,
        requestId: command.requestId,
        preceding,
        activity: command.activity,
        text: command.text,
        forwardToSorCode: forwardTo?.sorCode ?? null,
        forwardToName: forwardTo?.name ?? null,
        bundleId: randomUUID(),
        messageHeaderId: randomUUID(),
        correlationId: context.correlationId,
        causationId: context.causationId,
        heldReason,
      });
      if (queued && heldReason) await this.gate.announceHeld(id);
      if (queued && !heldReason) this.transactions.onCommit(() => this.dispatcher.wake());
      return { gpMessageId: id, queued };
    });
  }
}
