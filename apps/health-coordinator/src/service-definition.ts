import { CONTRIBUTION_ENTITIES, CONTRIBUTION_MIGRATIONS } from '@rehab/department-contributions';
import type { ServiceDefinition } from '@rehab/platform';
import { HealthAssessmentModule } from './health-assessment/health-assessment.module';

export const healthCoordinatorService: ServiceDefinition = {
  name: 'health-coordinator',
  title: 'Health coordinator',
  description:
    'The region’s health coordinator (sundhedskoordinator). Opens a task for each referred case that needs ' +
    'a health contribution and submits the health assessment to the rehabilitation team. Health data.',
  schema: 'health_coordinator',
  defaultPort: 3002,
  modules: [HealthAssessmentModule],
  entities: [...CONTRIBUTION_ENTITIES],
  migrations: [...CONTRIBUTION_MIGRATIONS],
};
