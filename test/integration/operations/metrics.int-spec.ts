import { randomUUID } from 'node:crypto';
import { EmbeddedBroker, OutboxRelay } from '@rehab/messaging';
import { register } from 'prom-client';
import { eventually } from '../../support/environment';
import { type PipelineHarness, startPipeline } from '../messaging/pipeline-harness';
import { metricValues, scrapeMetrics } from './metrics-scrape';
import { bearer } from '../../support/identity';

describe('Prometheus metrics at /metrics (real PostgreSQL, embedded broker)', () => {
  let pipeline: PipelineHarness;
  let url: string;

  beforeEach(async () => {
    pipeline = await startPipeline(new EmbeddedBroker(3, 20));
    url = (await pipeline.app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterEach(async () => {
    await pipeline.close();
    await pipeline.transport.close();
  });

  it('should serve prom-client default register outside the /api prefix, with process metrics', async () => {
    const custom = `rehab_test_counter_${randomUUID().slice(0, 8)}`;
    register.registerMetric(
      new (await import('prom-client')).Counter({ name: custom, help: 'registered by a test', registers: [] }),
    );
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain(`# TYPE ${custom} counter`);
    expect(text).toContain('process_resident_memory_bytes');
    expect((await fetch(`${url}/api/metrics`)).status).toBe(404);
  });

  it('should count HTTP requests by route pattern and status, never by path', async () => {
    // The register is process-wide and outlives each test: compare against a scrape before.
    const count = async () => {
      const samples = metricValues(await scrapeMetrics(url), 'http_request_duration_seconds_count');
      return (route: string, status: string) =>
        samples.find((sample) => sample.labels.route === route && sample.labels.status_code === status)?.value ?? 0;
    };
    const before = await count();
    const unknownId = randomUUID();
    await fetch(`${url}/health`);
    const operator = await bearer('operator');
    await fetch(`${url}/api/operations/dead-letters?limit=5`, { headers: operator });
    await fetch(`${url}/api/operations/dead-letters?limit=7`, { headers: operator });
    await fetch(`${url}/api/no-such-route/${unknownId}`);
    const after = await count();
    const samples = metricValues(await scrapeMetrics(url), 'http_request_duration_seconds_count');
    expect(after('/health', '200') - before('/health', '200')).toBe(1);
    expect(after('/api/operations/dead-letters', '200') - before('/api/operations/dead-letters', '200')).toBe(2);
    expect(samples.filter((sample) => sample.labels.status_code === '404').length).toBeGreaterThan(0);
    expect(samples.some((sample) => sample.labels.route.includes(unknownId))).toBe(false);
    expect(samples.every((sample) => sample.labels.service === 'pipeline-test')).toBe(true);
  });

  it('should report the outbox backlog and the age of its oldest row while the relay is stopped', async () => {
    await pipeline.app.get(OutboxRelay).stop();
    await pipeline.publishReferral(randomUUID());
    await pipeline.publishReferral(randomUUID());
    const backlog = await eventually(
      async () => {
        const text = await scrapeMetrics(url);
        const age = metricValues(text, 'rehab_outbox_oldest_unsent_age_seconds')[0]?.value ?? 0;
        return age > 0 && { backlog: metricValues(text, 'rehab_outbox_backlog')[0]?.value, age };
      },
      { what: 'an outbox row older than zero seconds' },
    );
    expect(backlog.backlog).toBe(2);

    pipeline.app.get(OutboxRelay).start();
    await eventually(async () => (await pipeline.received()).length === 2, { what: 'the two events handled' });
    const text = await scrapeMetrics(url);
    expect(metricValues(text, 'rehab_outbox_backlog')[0]?.value).toBe(0);
    expect(metricValues(text, 'rehab_outbox_oldest_unsent_age_seconds')[0]?.value).toBe(0);
  });

  it('should report consumer lag per partition and dead letters per source topic', async () => {
    await pipeline.transport.publish([{ topic: pipeline.topic, key: randomUUID(), value: '{"not json', headers: {} }]);
    await pipeline.publishReferral(randomUUID());
    await eventually(async () => (await pipeline.received()).length === 1, { what: 'the good event handled' });
    const text = await eventually(
      async () => {
        const scraped = await scrapeMetrics(url);
        return metricValues(scraped, 'rehab_dead_letters').length > 0 && scraped;
      },
      { what: 'the dead letter in the metrics' },
    );
    expect(metricValues(text, 'rehab_dead_letters')).toEqual([
      { labels: { service: 'pipeline-test', source_topic: pipeline.topic }, value: 1 },
    ]);
    expect(metricValues(text, 'rehab_messages_dead_lettered_total')).toEqual([
      { labels: { service: 'pipeline-test', source_topic: pipeline.topic }, value: 1 },
    ]);
    const lag = metricValues(text, 'rehab_consumer_lag');
    expect(lag.map((sample) => sample.labels.partition).sort()).toEqual(['0', '1', '2']);
    expect(lag.every((sample) => sample.labels.topic === pipeline.topic && sample.value === 0)).toBe(true);

    // With the consumer stopped, what arrives waits on its partition and counts as lag.
    await pipeline.host.stop();
    await pipeline.transport.publish([{ topic: pipeline.topic, key: randomUUID(), value: '{}', headers: {} }]);
    const waiting = metricValues(await scrapeMetrics(url), 'rehab_consumer_lag');
    expect(waiting.reduce((sum, sample) => sum + sample.value, 0)).toBe(1);
  });
});
