import 'reflect-metadata';
import { runStandalone } from '@rehab/platform';
import { webService } from './service-definition';

void runStandalone(webService);
