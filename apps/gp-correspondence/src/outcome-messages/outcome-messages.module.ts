import { Module } from '@nestjs/common';
import { CaseConsentView } from '@rehab/platform';
import { CorrespondenceRegistry } from '../registry/correspondence-registry';
import { ProvenanceStoreRepository } from '../threading/provenance-store.repository';
import { DeliverOutcomeMessageHandler } from './commands/deliver-outcome-message/deliver-outcome-message.handler';
import { QueueCertificateRequestHandler } from './commands/queue-certificate-request/queue-certificate-request.handler';
import { QueueFollowUpMessageHandler } from './commands/queue-follow-up-message/queue-follow-up-message.handler';
import { QueueOutcomeMessageHandler } from './commands/queue-outcome-message/queue-outcome-message.handler';
import { ReceiveAcknowledgementHandler } from './commands/receive-acknowledgement/receive-acknowledgement.handler';
import { RememberReferralHandler } from './commands/remember-referral/remember-referral.handler';
import { ResendOutcomeMessageHandler } from './commands/resend-outcome-message/resend-outcome-message.handler';
import { TrackConsentHandler } from './commands/track-consent/track-consent.handler';
import { OutcomeMessagesController } from './http/outcome-messages.controller';
import { AcknowledgementSettlement } from './infrastructure/acknowledgement-settlement';
import { ConsentGate } from './infrastructure/consent-gate';
import { DeliverySettings } from './infrastructure/delivery-settings';
import { RecommendationDocument } from './infrastructure/document/recommendation-document';
import { GpMessageComposer } from './infrastructure/gp-message-composer';
import { OutcomeMessageDispatcher } from './infrastructure/outcome-message-dispatcher';
import { OutcomeMessagesRepository } from './infrastructure/outcome-messages.repository';
import { JobCentrePersonIdentityClient, PERSON_IDENTITY_RESOLVER } from './infrastructure/person-identity.client';
import {
  gpMessageTransportProvider,
  TRANSPORT_PROVIDERS,
} from './infrastructure/transport/gp-message-transport.provider';
import { CaseReferredConsumer } from './messaging/case-referred.consumer';
import { ConsentEventsConsumer } from './messaging/consent-events.consumer';
import { DecisionRecordedConsumer } from './messaging/decision-recorded.consumer';
import { GpCertificateRequestedConsumer } from './messaging/gp-certificate-requested.consumer';
import { OutcomeMessageEventsPublisher } from './messaging/outcome-message-events.publisher';
import { GetOutcomeMessageHandler } from './queries/get-outcome-message/get-outcome-message.handler';
import { ListOutcomeMessagesHandler } from './queries/list-outcome-messages/list-outcome-messages.handler';

/** The GP correspondence adapter: decisions in, MedCom CareCommunications out, acknowledgements back. */
@Module({
  controllers: [OutcomeMessagesController],
  providers: [
    RememberReferralHandler,
    QueueOutcomeMessageHandler,
    QueueCertificateRequestHandler,
    QueueFollowUpMessageHandler,
    DeliverOutcomeMessageHandler,
    ResendOutcomeMessageHandler,
    ReceiveAcknowledgementHandler,
    TrackConsentHandler,
    GetOutcomeMessageHandler,
    ListOutcomeMessagesHandler,
    OutcomeMessagesRepository,
    ProvenanceStoreRepository,
    CaseConsentView,
    ConsentGate,
    OutcomeMessageEventsPublisher,
    OutcomeMessageDispatcher,
    AcknowledgementSettlement,
    DeliverySettings,
    GpMessageComposer,
    RecommendationDocument,
    CorrespondenceRegistry,
    CaseReferredConsumer,
    DecisionRecordedConsumer,
    GpCertificateRequestedConsumer,
    ConsentEventsConsumer,
    { provide: PERSON_IDENTITY_RESOLVER, useClass: JobCentrePersonIdentityClient },
    ...TRANSPORT_PROVIDERS,
    gpMessageTransportProvider,
  ],
  exports: [
    OutcomeMessagesRepository,
    ProvenanceStoreRepository,
    OutcomeMessageEventsPublisher,
    OutcomeMessageDispatcher,
    CorrespondenceRegistry,
    DeliverySettings,
    gpMessageTransportProvider,
  ],
})
export class OutcomeMessagesModule {}
