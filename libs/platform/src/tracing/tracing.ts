import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { RuntimeSettings } from '../runtime/service-definition';

let prepared = false;
let provider: BasicTracerProvider | undefined;

/**
 * Makes OpenTelemetry's context follow async work and speak W3C trace context, once per process.
 * Spans are exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set; otherwise, unless another SDK registered a tracer
 * provider first, tracing costs nothing. The resource is named OTEL_SERVICE_NAME, or after the
 * first service started in the process; every span also names its service in rehab.service.
 */
export function setUpTracingOnce(service: string, settings: RuntimeSettings): void {
  if (prepared) return;
  prepared = true;
  // Both refuse quietly when an SDK loaded before us registered its own.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const endpoint =
    settings.optional('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? settings.optional('OTEL_EXPORTER_OTLP_ENDPOINT');
  if (!endpoint) return;
  provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.get('OTEL_SERVICE_NAME', service) }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  trace.setGlobalTracerProvider(provider);
}

/** Sends the spans still buffered; called when a process stops. */
export async function flushTraces(): Promise<void> {
  await provider?.forceFlush();
}
