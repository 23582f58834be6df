import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { buildCareCommunicationMessage } from '../../../medcom/care-communication.builder';
import type { MessageBundle } from '../../../medcom/fhir.types';
import { ProvenanceStoreRepository } from '../../../threading/provenance-store.repository';
import { threadRecordOf } from '../../../threading/thread-record';
import { retryDelayMs } from '../../domain/retry-schedule';
import { AcknowledgementSettlement } from '../../infrastructure/acknowledgement-settlement';
import { DeliverySettings } from '../../infrastructure/delivery-settings';
import { GpMessageComposer } from '../../infrastructure/gp-message-composer';
import { OutcomeMessagesRepository } from '../../infrastructure/outcome-messages.repository';
import { PERSON_IDENTITY_RESOLVER, type PersonIdentityResolver } from '../../infrastructure/person-identity.client';
import { safeErrorText } from '../../infrastructure/safe-error-text';
import { GP_MESSAGE_TRANSPORT, type GpMessageTransport } from '../../infrastructure/transport/gp-message-transport';
import { OutcomeMessageEventsPublisher } from '../../messaging/outcome-message-events.publisher';
import { DeliverOutcomeMessageCommand, type DeliveryResult } from './deliver-outcome-message.command';

/**
 * Resolves the CPR number, builds the CareCommunication and hands it to the transport, all
 * outside any database transaction: in the one-process layout every service shares one
 * single-session database, and a transaction held open while another service answers would
 * never end. Only then does a short transaction record the delivery, its place in the thread,
 * and announce it.
 */
@CommandHandler(DeliverOutcomeMessageCommand)
export class DeliverOutcomeMessageHandler implements ICommandHandler<DeliverOutcomeMessageCommand, DeliveryResult> {
  private readonly logger = new Logger(DeliverOutcomeMessageHandler.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly messages: OutcomeMessagesRepository,
    private readonly events: OutcomeMessageEventsPublisher,
    private readonly composer: GpMessageComposer,
    private readonly provenance: ProvenanceStoreRepository,
    private readonly settlement: AcknowledgementSettlement,
    private readonly settings: DeliverySettings,
    @Inject(PERSON_IDENTITY_RESOLVER) private readonly identities: PersonIdentityResolver,
    @Inject(GP_MESSAGE_TRANSPORT) private readonly transport: GpMessageTransport,
  ) {}

  async execute({ message }: DeliverOutcomeMessageCommand): Promise<DeliveryResult> {
    if (this.transactions.inTransaction()) {
      throw new Error('An outcome message must not be delivered inside a database transaction');
    }
    // The last look before it leaves: a withdrawal of consent may have come since it was claimed.
    if ((await this.messages.find(message.id))?.heldReason) return 'held';
    try {
      const cpr = await this.identities.resolveCpr(message.personId);
      const sentAt = new Date();
      const bundle = buildCareCommunicationMessage(await this.composer.compose(message, cpr, sentAt));
      await this.transport.send(bundle);
      await this.recordDelivery(message.id, bundle, sentAt);
      this.logger.log(
        {
          outcomeMessageId: message.id,
          caseId: message.caseId,
          attempts: message.attempts,
          transport: this.transport.kind,
        },
        'message to the GP delivered',
      );
      return 'sent';
    } catch (error) {
      const reason = safeErrorText(error);
      await this.messages.recordFailure(message.id, reason, retryDelayMs(message.attempts, this.settings.retry));
      this.logger.warn(
        { outcomeMessageId: message.id, caseId: message.caseId, attempts: message.attempts, reason },
        'message to the GP not delivered; it will be tried again',
      );
      return 'failed';
    }
  }

  private async recordDelivery(id: string, bundle: MessageBundle, sentAt: Date): Promise<void> {
    await this.transactions.run(async () => {
      const sent = await this.messages.markSent(id, bundle, sentAt, this.settings.acknowledgementDueFrom(sentAt));
      if (!sent) return; // Already recorded by an earlier attempt; the receiver deduplicated this one.
      await this.provenance.record({
        ...threadRecordOf(bundle),
        direction: 'outgoing',
        caseId: sent.caseId,
        outcomeMessageId: sent.id,
      });
      await this.events.sent(sent);
      // The acknowledgement may have overtaken the record of the delivery.
      await this.settlement.settle(sent);
    });
  }
}
