import 'reflect-metadata';
import { runStandalone } from '@rehab/platform';
import { meetingService } from './service-definition';

void runStandalone(meetingService);
