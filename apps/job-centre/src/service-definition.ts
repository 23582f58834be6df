import { PLAN_ITEM_ENTITIES, PLAN_ITEM_MIGRATIONS } from '@rehab/department-contributions';
import { AUDIT_MIGRATIONS, AuditModule, type ServiceDefinition } from '@rehab/platform';
import { ConsentModule } from './consent/consent.module';
import { PlanModule } from './plan/plan.module';
import { ConsentEntity } from './consent/infrastructure/consent.entity';
import { PersonEntity } from './identity/infrastructure/person.entity';
import { CreateJobCentreTables1764000000100 } from './migrations/1764000000100-create-job-centre-tables';
import { AddConsentsAttachmentsAndProgrammeFollowUp1764000000110 } from './migrations/1764000000110-add-consents-attachments-and-programme-follow-up';
import { AddConsentSource1764562418300 } from './migrations/1764562418300-add-consent-source';
import {
  PreparatoryPartAttachmentEntity,
  PreparatoryPartVersionEntity,
  RehabilitationCaseEntity,
} from './referral/infrastructure/rehabilitation-case.entity';
import { ReferralModule } from './referral/referral.module';

export const jobCentreService: ServiceDefinition = {
  name: 'job-centre',
  title: 'Job centre',
  description:
    'Refers citizens’ cases to the rehabilitation team, records the citizen’s consents, writes the preparatory ' +
    'part of the plan, and follows a decided resource programme: extensions without a meeting and re-presentation. ' +
    'The only service that accepts a CPR number; it maps it to a pseudonymous person id.',
  schema: 'job_centre',
  defaultPort: 3001,
  modules: [AuditModule, ReferralModule, ConsentModule, PlanModule],
  entities: [
    PersonEntity,
    RehabilitationCaseEntity,
    PreparatoryPartVersionEntity,
    PreparatoryPartAttachmentEntity,
    ConsentEntity,
    ...PLAN_ITEM_ENTITIES,
  ],
  migrations: [
    ...AUDIT_MIGRATIONS,
    CreateJobCentreTables1764000000100,
    AddConsentsAttachmentsAndProgrammeFollowUp1764000000110,
    AddConsentSource1764562418300,
    ...PLAN_ITEM_MIGRATIONS,
  ],
  recordMunicipalities: [{ param: 'caseId', table: 'rehabilitation_case', idColumn: 'id' }],
};
