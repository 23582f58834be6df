import 'reflect-metadata';
import { runStandalone } from '@rehab/platform';
import { companyConsultantService } from './service-definition';

void runStandalone(companyConsultantService);
