import type { ServiceDefinition } from '@rehab/platform';
import { GpInboxMessageEntity } from './gp-inbox/infrastructure/gp-inbox-message.entity';
import { GpInboxModule } from './gp-inbox/gp-inbox.module';
import { CreateGpCorrespondenceTables1764000000600 } from './migrations/1764000000600-create-gp-correspondence-tables';
import { OutcomeMessageEntity } from './outcome-messages/infrastructure/outcome-message.entity';
import { ReferredCaseEntity } from './outcome-messages/infrastructure/referred-case.entity';
import { OutcomeMessagesModule } from './outcome-messages/outcome-messages.module';

export const gpCorrespondenceService: ServiceDefinition = {
  name: 'gp-correspondence',
  title: 'GP correspondence',
  description:
    'Sends the outcome of a rehabilitation-team case to the citizen’s GP as a MedCom CareCommunication ' +
    '(FHIR R4) and records the acknowledgement. Includes a built-in GP inbox for the one-command demo.',
  schema: 'gp_correspondence',
  defaultPort: 3006,
  modules: [OutcomeMessagesModule, GpInboxModule],
  entities: [ReferredCaseEntity, OutcomeMessageEntity, GpInboxMessageEntity],
  migrations: [CreateGpCorrespondenceTables1764000000600],
};
