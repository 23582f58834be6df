import 'reflect-metadata';
import { runStandalone } from '@rehab/platform';
import { jobCentreService } from './service-definition';

void runStandalone(jobCentreService);
