import type { ServiceDefinition } from '@rehab/platform';
import { PersonEntity } from './identity/infrastructure/person.entity';
import { CreateJobCentreTables1764000000100 } from './migrations/1764000000100-create-job-centre-tables';
import { PreparatoryPartVersionEntity, RehabilitationCaseEntity } from './referral/infrastructure/rehabilitation-case.entity';
import { ReferralModule } from './referral/referral.module';

export const jobCentreService: ServiceDefinition = {
  name: 'job-centre',
  title: 'Job centre',
  description:
    'Refers citizens’ cases to the rehabilitation team and writes the preparatory part of the plan. ' +
    'The only service that accepts a CPR number; it maps it to a pseudonymous person id.',
  schema: 'job_centre',
  defaultPort: 3001,
  modules: [ReferralModule],
  entities: [PersonEntity, RehabilitationCaseEntity, PreparatoryPartVersionEntity],
  migrations: [CreateJobCentreTables1764000000100],
};
