import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RequestContexts, TransactionRunner } from '@rehab/messaging';
import { OutcomeMessageDispatcher } from '../../infrastructure/outcome-message-dispatcher';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { QueueCertificateRequestCommand } from './queue-certificate-request.command';

/**
 * Queues the request for the GP certificate as a correspondence message to the citizen's GP,
 * once per request however often the event comes. Like an outcome message, it waits for the
 * referral that names the GP if that has not arrived yet.
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
  ) {}

  async execute(command: QueueCertificateRequestCommand): Promise<{ queued: boolean }> {
    const context = RequestContexts.currentOr('gp-correspondence');
    return this.transactions.run(async () => {
      await this.messages.lockCase(command.caseId);
      const referral = await this.messages.findReferral(command.caseId);
      const queued = await this.messages.queueCertificateRequest({
        id: randomUUID(),
        caseId: command.caseId,
        certificateRequestId: command.certificateRequestId,
        personId: referral?.personId ?? command.personId,
        municipality: command.municipality,
        recipient: referral ? { sorCode: referral.gpSorCode, name: referral.gpName } : null,
        bundleId: randomUUID(),
        messageHeaderId: randomUUID(),
        correlationId: context.correlationId,
        causationId: context.causationId,
      });
      if (queued && referral) this.transactions.onCommit(() => this.dispatcher.wake());
      return { queued };
    });
  }
}
