import 'reflect-metadata';
import { runStandalone } from '@rehab/platform';
import { gpCorrespondenceService } from './service-definition';

void runStandalone(gpCorrespondenceService);
