import { EmbeddedBroker } from '@rehab/messaging';
import { describePipelineContract } from './pipeline.contract';

describePipelineContract('the embedded broker', () => new EmbeddedBroker(3, 50));
