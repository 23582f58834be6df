import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';

/**
 * A server span per request, continuing the caller's trace when it sent a `traceparent`
 * header. It is named after the route pattern once routing has found it, never the path.
 */
export function httpTracingMiddleware(service: string) {
  const tracer = trace.getTracer('rehab-http');
  return (request: Request, response: Response, next: NextFunction): void => {
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = tracer.startSpan(
      request.method,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'rehab.service': service } },
      parent,
    );
    response.on('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path;
      if (route) {
        span.updateName(`${request.method} ${request.baseUrl}${route}`);
        span.setAttribute('http.route', `${request.baseUrl}${route}`);
      }
      span.setAttribute('http.response.status_code', response.statusCode);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), () => next());
  };
}
