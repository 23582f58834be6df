import { Module } from '@nestjs/common';
import { DeliverOutcomeMessageHandler } from './commands/deliver-outcome-message/deliver-outcome-message.handler';
import { QueueOutcomeMessageHandler } from './commands/queue-outcome-message/queue-outcome-message.handler';
import { ReceiveAcknowledgementHandler } from './commands/receive-acknowledgement/receive-acknowledgement.handler';
import { RememberReferralHandler } from './commands/remember-referral/remember-referral.handler';
import { OutcomeMessagesController } from './http/outcome-messages.controller';
import { OutcomeMessageDispatcher } from './infrastructure/outcome-message-dispatcher';
import { OutcomeMessagesRepository } from './infrastructure/outcome-messages.repository';
import { JobCentrePersonIdentityClient, PERSON_IDENTITY_RESOLVER } from './infrastructure/person-identity.client';
import { SenderDirectory } from './infrastructure/sender-directory';
import { BuiltInGpInboxTransport } from './infrastructure/transport/built-in-gp-inbox.transport';
import { GP_MESSAGE_TRANSPORT } from './infrastructure/transport/gp-message-transport';
import { CaseReferredConsumer } from './messaging/case-referred.consumer';
import { DecisionRecordedConsumer } from './messaging/decision-recorded.consumer';
import { OutcomeMessageEventsPublisher } from './messaging/outcome-message-events.publisher';
import { GetOutcomeMessageHandler } from './queries/get-outcome-message/get-outcome-message.handler';
import { ListOutcomeMessagesHandler } from './queries/list-outcome-messages/list-outcome-messages.handler';

/** The GP correspondence adapter: decisions in, MedCom CareCommunications out, acknowledgements back. */
@Module({
  controllers: [OutcomeMessagesController],
  providers: [
    RememberReferralHandler,
    QueueOutcomeMessageHandler,
    DeliverOutcomeMessageHandler,
    ReceiveAcknowledgementHandler,
    GetOutcomeMessageHandler,
    ListOutcomeMessagesHandler,
    OutcomeMessagesRepository,
    OutcomeMessageEventsPublisher,
    OutcomeMessageDispatcher,
    SenderDirectory,
    CaseReferredConsumer,
    DecisionRecordedConsumer,
    { provide: PERSON_IDENTITY_RESOLVER, useClass: JobCentrePersonIdentityClient },
    // The only transport so far; the HTTP gateway and file-drop transports will be chosen here by a setting.
    BuiltInGpInboxTransport,
    { provide: GP_MESSAGE_TRANSPORT, useExisting: BuiltInGpInboxTransport },
  ],
})
export class OutcomeMessagesModule {}
