import {
  CONTRIBUTION_ENTITIES,
  CONTRIBUTION_MIGRATIONS,
  PLAN_ITEM_ENTITIES,
  PLAN_ITEM_MIGRATIONS,
} from '@rehab/department-contributions';
import { AUDIT_MIGRATIONS, AuditModule, CONSENT_VIEW_MIGRATIONS, type ServiceDefinition } from '@rehab/platform';
import { GpCertificateModule } from './gp-certificate/gp-certificate.module';
import { GpCertificateRequestEntity } from './gp-certificate/infrastructure/gp-certificate-request.entity';
import { HealthAssessmentModule } from './health-assessment/health-assessment.module';
import { CreateGpCertificateRequest1764000000400 } from './migrations/1764000000400-create-gp-certificate-request';

export const healthCoordinatorService: ServiceDefinition = {
  name: 'health-coordinator',
  title: 'Health coordinator',
  description:
    'The region’s health coordinator (sundhedskoordinator). Opens a task for each referred case that needs ' +
    'a health contribution, tracks its deadline before the meeting and the GP certificate (LÆ 265) with its ' +
    '30-day answer deadline, and submits the health assessment to the rehabilitation team. Health data.',
  schema: 'health_coordinator',
  defaultPort: 3002,
  modules: [AuditModule, HealthAssessmentModule, GpCertificateModule],
  entities: [...CONTRIBUTION_ENTITIES, ...PLAN_ITEM_ENTITIES, GpCertificateRequestEntity],
  migrations: [
    ...CONTRIBUTION_MIGRATIONS,
    CreateGpCertificateRequest1764000000400,
    ...PLAN_ITEM_MIGRATIONS,
    ...CONSENT_VIEW_MIGRATIONS,
    ...AUDIT_MIGRATIONS,
  ],
  recordMunicipalities: [
    { param: 'caseId', table: 'contribution_task', idColumn: 'case_id' },
    { param: 'caseId', table: 'gp_certificate_request', idColumn: 'case_id' },
  ],
};
