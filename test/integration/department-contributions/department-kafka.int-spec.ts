import { KafkaTransport } from '@rehab/messaging';
import { testKafkaBrokers, uniqueName } from '../../support/environment';
import { contributionDeadlineContract } from './contribution-deadline.contract';
import { type StartDepartment, startDepartment } from './department-contributions.harness';
import { planItemsContract } from './plan-items.contract';

jest.setTimeout(60_000);

/** The same department flows once more, with every event travelling over the real Kafka broker. */
const overKafka: StartDepartment = (service, ownTopic, settings) =>
  startDepartment(
    service,
    ownTopic,
    settings,
    new KafkaTransport({ brokers: testKafkaBrokers(), clientId: uniqueName('department-test'), partitions: 3 }),
  );

describe('contribution deadlines through the company consultant service (real PostgreSQL and Kafka)', () => {
  contributionDeadlineContract(overKafka);
});

describe('plan items through the social/psychiatry service (real PostgreSQL and Kafka)', () => {
  planItemsContract(overKafka);
});
