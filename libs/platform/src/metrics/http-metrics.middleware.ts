import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, register } from 'prom-client';

const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP requests by route pattern and status; its _count is the number of requests',
  labelNames: ['service', 'method', 'route', 'status_code'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

/** Process metrics (CPU, memory, event-loop lag, handles) once per process, however many services run in it. */
export function collectProcessMetricsOnce(): void {
  if (register.getSingleMetric('process_cpu_user_seconds_total')) return;
  collectDefaultMetrics();
}

/**
 * Times every request by its route pattern, never its path: a path may carry an id or worse,
 * and one series per path would grow without bound.
 */
export function httpMetricsMiddleware(service: string) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = httpRequestDuration.startTimer();
    response.on('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path;
      stop({
        service,
        method: request.method,
        route: route ? `${request.baseUrl}${route}` : 'unmatched',
        status_code: String(response.statusCode),
      });
    });
    next();
  };
}
