import { AUDIT_MIGRATIONS, AuditModule, CONSENT_VIEW_MIGRATIONS, type ServiceDefinition } from '@rehab/platform';
import { GpInboxMessageEntity } from './gp-inbox/infrastructure/gp-inbox-message.entity';
import { GpInboxReplyEntity } from './gp-inbox/infrastructure/gp-inbox-reply.entity';
import { GpInboxModule } from './gp-inbox/gp-inbox.module';
import { IncomingMessageEntity } from './incoming-messages/infrastructure/incoming-message.entity';
import { IncomingMessagesModule } from './incoming-messages/incoming-messages.module';
import { CreateGpCorrespondenceTables1764000000600 } from './migrations/1764000000600-create-gp-correspondence-tables';
import { AddMedcomReliableMessaging1764538214700 } from './migrations/1764538214700-add-medcom-reliable-messaging';
import { AddConsentToGpMessages1764571938400 } from './migrations/1764571938400-add-consent-to-gp-messages';
import { OutcomeMessageEntity } from './outcome-messages/infrastructure/outcome-message.entity';
import { ReferredCaseEntity } from './outcome-messages/infrastructure/referred-case.entity';
import { OutcomeMessagesModule } from './outcome-messages/outcome-messages.module';

export const gpCorrespondenceService: ServiceDefinition = {
  name: 'gp-correspondence',
  title: 'GP correspondence',
  description:
    'Sends the outcome of a rehabilitation-team case and the GP-certificate request to the citizen’s GP as MedCom ' +
    'CareCommunications (FHIR R4), with acknowledgements, resends and threading; receives the GPs’ replies. ' +
    'Includes a built-in GP inbox for the one-command demo.',
  schema: 'gp_correspondence',
  defaultPort: 3006,
  modules: [AuditModule, OutcomeMessagesModule, IncomingMessagesModule, GpInboxModule],
  entities: [ReferredCaseEntity, OutcomeMessageEntity, IncomingMessageEntity, GpInboxMessageEntity, GpInboxReplyEntity],
  migrations: [
    CreateGpCorrespondenceTables1764000000600,
    AddMedcomReliableMessaging1764538214700,
    ...CONSENT_VIEW_MIGRATIONS,
    AddConsentToGpMessages1764571938400,
    ...AUDIT_MIGRATIONS,
  ],
};
