import 'reflect-metadata';
import { runStandalone } from '@rehab/platform';
import { socialPsychiatryService } from './service-definition';

void runStandalone(socialPsychiatryService);
