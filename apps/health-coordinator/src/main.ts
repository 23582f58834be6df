import 'reflect-metadata';
import { runStandalone } from '@rehab/platform';
import { healthCoordinatorService } from './service-definition';

void runStandalone(healthCoordinatorService);
