import { randomUUID } from 'node:crypto';
import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { reenvelope } from '../../../medcom/reenvelope';
import { ProvenanceStoreRepository } from '../../../threading/provenance-store.repository';
import { threadRecordOf } from '../../../threading/thread-record';
import { nextStepWithoutAcknowledgement, noAcknowledgementReason } from '../../domain/delivery-policy';
import { retryDelayMs } from '../../domain/retry-schedule';
import { DeliverySettings } from '../../infrastructure/delivery-settings';
import { GpMessageMetrics } from '../../infrastructure/gp-message-metrics';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { safeErrorText } from '../../infrastructure/safe-error-text';
import { GP_MESSAGE_TRANSPORT, type GpMessageTransport } from '../../infrastructure/transport/gp-message-transport';
import { OutcomeMessageEventsPublisher } from '../../messaging/outcome-message-events.publisher';
import { ResendOutcomeMessageCommand, type ResendResult } from './resend-outcome-message.command';

/**
 * MedCom reliable messaging for the sender: no acknowledgement after the timeout (30 minutes
 * by default) means the message goes again with a new Bundle.id, MessageHeader.id and send
 * time, at most twice; after that it is failed, and the caseworker is told by an event.
 */
@CommandHandler(ResendOutcomeMessageCommand)
export class ResendOutcomeMessageHandler implements ICommandHandler<ResendOutcomeMessageCommand, ResendResult> {
  private readonly logger = new Logger(ResendOutcomeMessageHandler.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessagesRepository,
    private readonly events: OutcomeMessageEventsPublisher,
    private readonly provenance: ProvenanceStoreRepository,
    private readonly settings: DeliverySettings,
    @Inject(GP_MESSAGE_TRANSPORT) private readonly transport: GpMessageTransport,
  ) {}

  async execute({ message }: ResendOutcomeMessageCommand): Promise<ResendResult> {
    if (this.transactions.inTransaction())
      throw new Error('A message must not be resent inside a database transaction');
    if (!message.bundle) return 'settled';
    const logContext = { outcomeMessageId: message.id, caseId: message.caseId, resends: message.resends };

    if (nextStepWithoutAcknowledgement(message.resends, this.settings.policy) === 'fail') {
      const reason = noAcknowledgementReason(message.resends, this.settings.policy);
      const failed = await this.transactions.run(async () => {
        const marked = await this.messages.markFailed(message.id, reason, new Date());
        if (marked) await this.events.failed(marked, 'no-acknowledgement');
        return marked;
      });
      if (failed) {
        GpMessageMetrics.failed('no-acknowledgement');
        this.logger.warn(logContext, 'message to the GP failed: never acknowledged');
      }
      return failed ? 'failed' : 'settled';
    }

    const envelope = { bundleId: randomUUID(), messageHeaderId: randomUUID(), at: new Date() };
    const resent = reenvelope(message.bundle, envelope);
    // Known before it leaves, so that an acknowledgement that overtakes the record finds its message.
    await this.messages.recordEnvelope(message.id, resent, message.resends + 1, envelope.at);
    try {
      await this.transport.send(resent);
    } catch (error) {
      const reason = safeErrorText(error);
      await this.messages.postponeResend(message.id, reason, retryDelayMs(message.resends + 1, this.settings.retry));
      this.logger.warn({ ...logContext, reason }, 'resend to the GP not handed over; it will be tried again');
      return 'postponed';
    }
    const recorded = await this.transactions.run(async () => {
      const updated = await this.messages.recordResend(
        message.id,
        resent,
        this.settings.acknowledgementDueFrom(envelope.at),
      );
      if (!updated) return false;
      await this.provenance.record({
        ...threadRecordOf(resent),
        direction: 'outgoing',
        caseId: updated.caseId,
        outcomeMessageId: updated.id,
      });
      await this.events.resent(updated, envelope);
      return true;
    });
    if (recorded) GpMessageMetrics.resent();
    this.logger.log({ ...logContext, resent: recorded }, 'message to the GP resent in a new envelope');
    return recorded ? 'resent' : 'settled';
  }
}
