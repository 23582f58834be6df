import { KafkaTransport } from '@rehab/messaging';
import { testKafkaBrokers } from '../../support/environment';
import { describePipelineContract } from './pipeline.contract';

jest.setTimeout(60_000);

describePipelineContract('Kafka', () => new KafkaTransport({ brokers: testKafkaBrokers(), clientId: 'pipeline-test', partitions: 3 }));
