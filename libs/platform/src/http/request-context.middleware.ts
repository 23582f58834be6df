import { randomUUID } from 'node:crypto';
import type { Actor } from '@rehab/contracts';
import { RequestContexts } from '@rehab/messaging';
import type { NextFunction, Request, Response } from 'express';
import type { Logger as PinoLogger } from 'pino';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

function header(request: Request, name: string): string | undefined {
  const value = request.header(name);
  return value && SAFE_ID.test(value) ? value : undefined;
}

/**
 * Gives each request a correlation id (the caller's, if it sent a well-formed one) and an
 * actor, and logs one line when the response is sent. Only the route pattern is logged, so
 * nothing a caller put in a path or query string ends up in the log.
 *
 * The actor starts out unidentified: only the access guard names it, from the verified bearer
 * token. What a caller claims in headers is never taken for who acts.
 */
export function requestContextMiddleware(service: string, logger: PinoLogger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const correlationId = header(request, 'x-correlation-id') ?? randomUUID();
    const context = {
      correlationId,
      causationId: null,
      actor: { kind: 'user' as const, id: 'unidentified' } as Actor,
      service,
    };
    response.setHeader('x-correlation-id', correlationId);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path;
      logger.info(
        {
          service,
          correlationId,
          method: request.method,
          route: route ? `${request.baseUrl}${route}` : 'unmatched',
          status: response.statusCode,
          durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        },
        'request handled',
      );
    });
    RequestContexts.run(context, () => next());
  };
}
