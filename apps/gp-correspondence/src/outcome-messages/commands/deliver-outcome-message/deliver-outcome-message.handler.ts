import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { RuntimeSettings } from '@rehab/platform';
import { buildCareCommunicationMessage } from '../../../medcom/care-communication.builder';
import type { MessageBundle } from '../../../medcom/fhir.types';
import { summariseOutcome } from '../../domain/outcome-summary';
import { retryDelayMs, type RetryPolicy } from '../../domain/retry-schedule';
import type { OutcomeMessageEntity } from '../../infrastructure/outcome-message.entity';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { PERSON_IDENTITY_RESOLVER, type PersonIdentityResolver } from '../../infrastructure/person-identity.client';
import { safeErrorText } from '../../infrastructure/safe-error-text';
import { SenderDirectory } from '../../infrastructure/sender-directory';
import { GP_MESSAGE_TRANSPORT, type GpMessageTransport } from '../../infrastructure/transport/gp-message-transport';
import { OutcomeMessageEventsPublisher } from '../../messaging/outcome-message-events.publisher';
import { DeliverOutcomeMessageCommand, type DeliveryResult } from './deliver-outcome-message.command';

/**
 * Resolves the CPR number, builds the CareCommunication and hands it to the transport, all
 * outside any database transaction: in the one-process layout every service shares one
 * single-session database, and a transaction held open while another service answers would
 * never end. Only then does a short transaction record the delivery and announce it.
 */
@CommandHandler(DeliverOutcomeMessageCommand)
export class DeliverOutcomeMessageHandler implements ICommandHandler<DeliverOutcomeMessageCommand, DeliveryResult> {
  private readonly logger = new Logger(DeliverOutcomeMessageHandler.name);
  private readonly retryPolicy: RetryPolicy;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessagesRepository,
    private readonly events: OutcomeMessageEventsPublisher,
    private readonly senders: SenderDirectory,
    @Inject(PERSON_IDENTITY_RESOLVER) private readonly identities: PersonIdentityResolver,
    @Inject(GP_MESSAGE_TRANSPORT) private readonly transport: GpMessageTransport,
    settings: RuntimeSettings,
  ) {
    this.retryPolicy = {
      baseDelayMs: settings.number('GP_DELIVERY_RETRY_BASE_MS', 2000),
      maxDelayMs: settings.number('GP_DELIVERY_RETRY_MAX_MS', 5 * 60_000),
    };
  }

  async execute({ message }: DeliverOutcomeMessageCommand): Promise<DeliveryResult> {
    if (this.transactions.inTransaction()) {
      throw new Error('An outcome message must not be delivered inside a database transaction');
    }
    try {
      const cpr = await this.identities.resolveCpr(message.personId);
      const sentAt = new Date();
      const bundle = this.build(message, cpr, sentAt);
      await this.transport.send(bundle);
      await this.recordDelivery(message.id, bundle, sentAt);
      this.logger.log(
        { outcomeMessageId: message.id, caseId: message.caseId, attempts: message.attempts, transport: this.transport.kind },
        'outcome message delivered',
      );
      return 'sent';
    } catch (error) {
      const reason = safeErrorText(error);
      await this.messages.recordFailure(message.id, reason, retryDelayMs(message.attempts, this.retryPolicy));
      this.logger.warn(
        { outcomeMessageId: message.id, caseId: message.caseId, attempts: message.attempts, reason },
        'outcome message not delivered; it will be tried again',
      );
      return 'failed';
    }
  }

  private build(message: OutcomeMessageEntity, cpr: string, sentAt: Date): MessageBundle {
    if (!message.recipientSorCode || !message.recipientName) {
      throw new Error('An outcome message cannot be delivered before its GP is known');
    }
    const sender = this.senders.senderFor(message.municipality);
    const { topic, text } = summariseOutcome(message.decision);
    return buildCareCommunicationMessage({
      bundleId: message.bundleId,
      messageHeaderId: message.messageHeaderId,
      sentAt,
      sender: sender.organization,
      receiver: { sorCode: message.recipientSorCode, name: message.recipientName },
      author: sender.author,
      patient: { cpr },
      category: 'carecoordination',
      topic,
      text,
      fullUrlBase: sender.fullUrlBase,
    });
  }

  private async recordDelivery(id: string, bundle: MessageBundle, sentAt: Date): Promise<void> {
    await this.transactions.run(async () => {
      const sent = await this.messages.markSent(id, bundle, sentAt);
      if (!sent) return; // Already recorded by an earlier attempt; the receiver deduplicated this one.
      await this.events.sent(sent);
      // The acknowledgement may have overtaken the record of the delivery.
      if (await this.messages.markAcknowledged(id)) await this.events.acknowledged(sent);
    });
  }
}
