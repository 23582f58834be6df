import {
  CONTRIBUTION_ENTITIES,
  CONTRIBUTION_MIGRATIONS,
  PLAN_ITEM_ENTITIES,
  PLAN_ITEM_MIGRATIONS,
} from '@rehab/department-contributions';
import { AUDIT_MIGRATIONS, AuditModule, type ServiceDefinition } from '@rehab/platform';
import { JobAssessmentModule } from './job-assessment/job-assessment.module';

export const companyConsultantService: ServiceDefinition = {
  name: 'company-consultant',
  title: 'Company consultant',
  description:
    'The company consultant (virksomhedskonsulent). Opens a task for each referred case that needs a job ' +
    'contribution and submits the job assessment: concrete job possibilities and what a job would demand.',
  schema: 'company_consultant',
  defaultPort: 3004,
  modules: [AuditModule, JobAssessmentModule],
  entities: [...CONTRIBUTION_ENTITIES, ...PLAN_ITEM_ENTITIES],
  migrations: [...CONTRIBUTION_MIGRATIONS, ...PLAN_ITEM_MIGRATIONS, ...AUDIT_MIGRATIONS],
  recordMunicipalities: [{ param: 'caseId', table: 'contribution_task', idColumn: 'case_id' }],
};
