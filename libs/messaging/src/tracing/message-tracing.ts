import { context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { AnyEventEnvelope } from '@rehab/contracts';
import type { DeliveredMessage } from '../transport/message-transport';

/**
 * OpenTelemetry spans for events, with their context carried in the W3C `traceparent` and
 * `tracestate` Kafka headers, so one trace follows a case from the request that started it
 * through every service that handles its events. Without a registered tracer provider these
 * are no-ops. Attributes name ids and types only, never personal data.
 */
const tracer = () => trace.getTracer('rehab-messaging');

/** Where a Kafka header may carry trace context; nothing else is copied from a message. */
const TRACE_HEADERS = ['traceparent', 'tracestate'] as const;

/**
 * Opens and ends a producer span for an event being written to the outbox, as a child of
 * whatever is active (an HTTP request, or the event being handled), and returns the headers that
 * carry it. The relay sends them with the event.
 */
export function traceHeadersForPublishedEvent(
  service: string,
  eventType: string,
  topic: string,
): Record<string, string> {
  const span = tracer().startSpan(
    `publish ${eventType}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'publish',
        'messaging.destination.name': topic,
        'rehab.service': service,
        'rehab.event.type': eventType,
      },
    },
    context.active(),
  );
  const headers: Record<string, string> = {};
  propagation.inject(trace.setSpan(context.active(), span), headers);
  span.end();
  return headers;
}

/** Only well-formed trace headers leave the outbox row. */
export function traceHeadersOf(stored: unknown): Record<string, string> {
  if (!stored || typeof stored !== 'object') return {};
  const headers: Record<string, string> = {};
  for (const name of TRACE_HEADERS) {
    const value = (stored as Record<string, unknown>)[name];
    if (typeof value === 'string' && value.length <= 512) headers[name] = value;
  }
  return headers;
}

/**
 * Runs a handler inside a consumer span whose parent is the context the message carried, so
 * anything it publishes continues the same trace.
 */
export function inConsumerSpan<T>(
  service: string,
  message: DeliveredMessage,
  envelope: AnyEventEnvelope,
  handle: () => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, traceHeadersOf(message.headers));
  return tracer().startActiveSpan(
    `process ${envelope.type}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': message.topic,
        'messaging.destination.partition.id': String(message.partition),
        'messaging.kafka.offset': Number(message.offset),
        'messaging.message.id': envelope.eventId,
        'rehab.service': service,
        'rehab.event.type': envelope.type,
      },
    },
    parent,
    async (span: Span) => {
      try {
        return await handle();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'handler failed' });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
