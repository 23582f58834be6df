import { randomBytes } from 'node:crypto';
import { SpanKind, trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { containsCprLike, KafkaTransport } from '@rehab/messaging';
import { jobCentreService } from '../../../apps/job-centre/src/service-definition';
import { socialPsychiatryService } from '../../../apps/social-psychiatry/src/service-definition';
import { eventually, testKafkaBrokers, uniqueName } from '../../support/environment';
import { startServiceUnderTest, type ServiceUnderTest } from '../../support/service-under-test';
import { aReferral } from '../job-centre/job-centre.harness';
import { bearer } from '../../support/identity';

jest.setTimeout(60_000);

describe('one trace follows a case across services through Kafka headers (real PostgreSQL and Kafka)', () => {
  const exporter = new InMemorySpanExporter();
  let jobCentre: ServiceUnderTest;
  let department: ServiceUnderTest;

  beforeAll(async () => {
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    const topicPrefix = uniqueName('trace').replace('_', '-');
    const kafka = (name: string) =>
      new KafkaTransport({ brokers: testKafkaBrokers(), clientId: uniqueName(name), partitions: 3 });
    jobCentre = await startServiceUnderTest(jobCentreService, { transport: kafka('job-centre'), topicPrefix });
    department = await startServiceUnderTest(socialPsychiatryService, {
      transport: kafka('social-psychiatry'),
      topicPrefix,
    });
  });

  afterAll(async () => {
    for (const service of [department, jobCentre]) {
      await service?.close();
      await service?.transport.close();
    }
  });

  const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

  it('should continue the caller trace from the referral request to the department that handles the referral', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const response = await fetch(`${jobCentre.url}/api/cases`, {
      method: 'POST',
      headers: {
        ...(await bearer('coordinating-caseworker')),
        'content-type': 'application/json',
        traceparent: `00-${traceId}-${callerSpanId}-01`,
      },
      body: JSON.stringify(aReferral()),
    });
    expect(response.status).toBe(201);

    const consumed = await eventually(
      () =>
        Promise.resolve(
          exporter
            .getFinishedSpans()
            .find(
              (span) =>
                span.name === 'process job-centre.case-referred' &&
                span.attributes['rehab.service'] === socialPsychiatryService.name,
            ),
        ),
      { what: 'the department consumer span' },
    );
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const server = spans.find((span) => span.kind === SpanKind.SERVER && span.name === 'POST /api/cases');
    const published = spans.find(
      (span) => span.kind === SpanKind.PRODUCER && span.name === 'publish job-centre.case-referred',
    );
    expect(server && parentOf(server)).toBe(callerSpanId);
    expect(published && parentOf(published)).toBe(server?.spanContext().spanId);
    expect(consumed.spanContext().traceId).toBe(traceId);
    expect(consumed.kind).toBe(SpanKind.CONSUMER);
    expect(parentOf(consumed)).toBe(published?.spanContext().spanId);
    expect(consumed.attributes['messaging.destination.name']).toMatch(/rehab\.job-centre\.case-events\.v1$/);
    // Spans carry ids and types, never the CPR number the request held.
    expect(containsCprLike(JSON.stringify(spans.map((span) => span.attributes)))).toBe(false);
  });
});
