import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RequestContexts, TransactionRunner } from '@rehab/messaging';
import { ConsentGate } from '../../infrastructure/consent-gate';
import { OutcomeMessageDispatcher } from '../../infrastructure/outcome-message-dispatcher';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { QueueCertificateRequestCommand } from './queue-certificate-request.command';

/**
 * Queues the request for the GP certificate as a correspondence message to the citizen's GP,
 * once per request however often the event comes. Like an outcome message, it waits for the
 * referral that names the GP if that has not arrived yet. Without the citizen's consent to
 * obtain the certificate it is held, and not sent, until that comes.
 */
@CommandHandler(QueueCertificateRequestCommand)
export class QueueCertificateRequestHandler implements ICommandHandler<
  QueueCertificateRequestCommand,
  { queued: boolean }
> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessagesRepository,
    private readonly dispatcher: OutcomeMessageDispatcher,
    private readonly gate: ConsentGate,
  ) {}

  async execute(command: QueueCertificateRequestCommand): Promise<{ queued: boolean }> {
    const context = RequestContexts.currentOr('gp-correspondence');
    return this.transactions.run(async () => {
      await this.messages.lockCase(command.caseId);
      const referral = await this.messages.findReferral(command.caseId);
      const id = randomUUID();
      const heldReason = await this.gate.holdReasonFor(command.caseId, {
        purpose: 'gp-certificate-request',
        activity: 'new-message',
      });
      const queued = await this.messages.queueCertificateRequest({
        id,
        caseId: command.caseId,
        certificateRequestId: command.certificateRequestId,
        personId: referral?.personId ?? command.personId,
        municipality: command.municipality,
        recipient: referral ? { sorCode: referral.gpSorCode, name: referral.gpName } : null,
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
