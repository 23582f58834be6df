import { deadLetterTopicFor, physicalTopic, Topics } from '@rehab/contracts';
import { KafkaTransport, topicPlan, type TopicSpec } from '@rehab/messaging';
import { type Admin, ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { testKafkaBrokers, uniqueName } from '../../support/environment';
import { startPipeline } from '../messaging/pipeline-harness';

jest.setTimeout(60_000);

const DAY_MS = 24 * 60 * 60 * 1000;

describe('topic provisioning as code (real Kafka)', () => {
  let admin: Admin;
  let transport: KafkaTransport;

  beforeAll(async () => {
    admin = new Kafka({
      clientId: uniqueName('provisioning-test'),
      brokers: testKafkaBrokers(),
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
  });

  beforeEach(() => {
    transport = new KafkaTransport({ brokers: testKafkaBrokers(), clientId: uniqueName('provisioning') });
  });

  afterEach(() => transport.close());
  afterAll(() => admin.disconnect());

  async function onBroker(topics: readonly string[]) {
    const metadata = await admin.fetchTopicMetadata({ topics: [...topics] });
    const configs = await admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })),
    });
    return new Map(
      topics.map((topic) => {
        const entries = configs.resources.find((resource) => resource.resourceName === topic)?.configEntries ?? [];
        const config = (name: string) => entries.find((entry) => entry.configName === name)?.configValue;
        return [
          topic,
          {
            partitions: metadata.topics.find((each) => each.name === topic)?.partitions.length,
            retentionMs: config('retention.ms'),
            cleanupPolicy: config('cleanup.policy'),
          },
        ];
      }),
    );
  }

  const expected = (spec: TopicSpec, partitions: number) => ({
    partitions,
    retentionMs: spec.config['retention.ms'],
    cleanupPolicy: spec.config['cleanup.policy'],
  });

  it('should create every planned topic with its partitions and retention, then change nothing when applied again', async () => {
    const prefix = uniqueName('prov').replace('_', '-');
    const plan = topicPlan(['service-a', 'service-b'], { prefix, partitions: 2 });
    const first = await transport.provisionTopics(plan);
    expect(first.created).toEqual(plan.map((spec) => spec.topic));
    const broker = await onBroker(plan.map((spec) => spec.topic));
    for (const spec of plan) expect(broker.get(spec.topic)).toEqual(expected(spec, 2));
    expect(broker.get(physicalTopic(deadLetterTopicFor('service-a'), prefix))?.retentionMs).toBe(String(365 * DAY_MS));

    const second = await transport.provisionTopics(plan);
    expect(second).toEqual({
      created: [],
      partitionsAdded: [],
      reconfigured: [],
      unchanged: plan.map((spec) => spec.topic),
    });
  });

  it('should add partitions and restore retention an operator changed by hand, and never remove partitions', async () => {
    const prefix = uniqueName('prov').replace('_', '-');
    const plan = topicPlan(['service-a'], { prefix, partitions: 2 });
    await transport.provisionTopics(plan);
    const drifted = plan[0].topic;
    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: drifted,
          configEntries: [{ name: 'retention.ms', value: String(DAY_MS) }],
        },
      ],
    });

    const wider = topicPlan(['service-a'], { prefix, partitions: 4 });
    const report = await transport.provisionTopics(wider);
    expect(report.created).toEqual([]);
    expect(report.partitionsAdded).toEqual(wider.map((spec) => ({ topic: spec.topic, from: 2, to: 4 })));
    expect(report.reconfigured).toEqual([drifted]);
    const broker = await onBroker(wider.map((spec) => spec.topic));
    for (const spec of wider) expect(broker.get(spec.topic)).toEqual(expected(spec, 4));

    const narrower = await transport.provisionTopics(topicPlan(['service-a'], { prefix, partitions: 2 }));
    expect(narrower.partitionsAdded).toEqual([]);
    expect((await onBroker([drifted])).get(drifted)?.partitions).toBe(4);
  });

  it('should give the topics a service creates at start-up the plan retention', async () => {
    const pipeline = await startPipeline(
      new KafkaTransport({ brokers: testKafkaBrokers(), clientId: uniqueName('provisioned-service') }),
    );
    try {
      const eventTopic = physicalTopic(Topics.jobCentreCases, pipeline.prefix);
      const deadLetterTopic = physicalTopic(deadLetterTopicFor('pipeline-test'), pipeline.prefix);
      const broker = await onBroker([eventTopic, deadLetterTopic]);
      const plan = topicPlan(['pipeline-test'], { prefix: pipeline.prefix });
      for (const topic of [eventTopic, deadLetterTopic]) {
        const spec = plan.find((each) => each.topic === topic);
        expect(spec).toBeDefined();
        expect(broker.get(topic)).toEqual(expected(spec as TopicSpec, 6));
      }
    } finally {
      await pipeline.close();
      await pipeline.transport.close();
    }
  });
});
