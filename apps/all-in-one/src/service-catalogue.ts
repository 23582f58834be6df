import type { ServiceDefinition } from '@rehab/platform';
import { jobCentreService } from '../../job-centre/src/service-definition';
import { healthCoordinatorService } from '../../health-coordinator/src/service-definition';
import { socialPsychiatryService } from '../../social-psychiatry/src/service-definition';
import { companyConsultantService } from '../../company-consultant/src/service-definition';
import { meetingService } from '../../meeting/src/service-definition';
import { gpCorrespondenceService } from '../../gp-correspondence/src/service-definition';
import { webService } from '../../web/src/service-definition';

/**
 * The composition root of the one-process layout, and the only place that imports from the
 * apps themselves. Every other app meets the others only through libs/contracts.
 */
export const ALL_SERVICES: readonly ServiceDefinition[] = [
  jobCentreService,
  healthCoordinatorService,
  socialPsychiatryService,
  companyConsultantService,
  meetingService,
  gpCorrespondenceService,
  webService,
];
