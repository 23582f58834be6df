import {
  CONTRIBUTION_ENTITIES,
  CONTRIBUTION_MIGRATIONS,
  PLAN_ITEM_ENTITIES,
  PLAN_ITEM_MIGRATIONS,
} from '@rehab/department-contributions';
import { AUDIT_MIGRATIONS, AuditModule, type ServiceDefinition } from '@rehab/platform';
import { SocialAssessmentModule } from './social-assessment/social-assessment.module';

export const socialPsychiatryService: ServiceDefinition = {
  name: 'social-psychiatry',
  title: 'Social services/psychiatry',
  description:
    'Opens a task for each referred case that needs a social contribution and submits the social assessment: ' +
    'social conditions, existing support, housing, abuse treatment and psychiatric status.',
  schema: 'social_psychiatry',
  defaultPort: 3003,
  modules: [AuditModule, SocialAssessmentModule],
  entities: [...CONTRIBUTION_ENTITIES, ...PLAN_ITEM_ENTITIES],
  migrations: [...CONTRIBUTION_MIGRATIONS, ...PLAN_ITEM_MIGRATIONS, ...AUDIT_MIGRATIONS],
  recordMunicipalities: [{ param: 'caseId', table: 'contribution_task', idColumn: 'case_id' }],
};
