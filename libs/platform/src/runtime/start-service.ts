import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger as PinoLogger } from 'pino';
import { undeclaredRoutes } from '../auth/undeclared-routes';
import { HttpErrorFilter } from '../http/http-error.filter';
import { requestContextMiddleware } from '../http/request-context.middleware';
import { securityHeaders } from '../http/security-headers';
import { createValidationPipe } from '../http/validation.pipe';
import { JsonLogger } from '../logging/json-logger';
import { collectProcessMetricsOnce, httpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { httpTracingMiddleware } from '../tracing/http-tracing.middleware';
import { setUpTracingOnce } from '../tracing/tracing';
import type { ServiceDefinition, ServiceRuntime } from './service-definition';
import { ServiceRootModule } from './service-root.module';

/** Operators' and machines' routes, at the same place on every service whatever its API prefix. */
export const ROUTES_OUTSIDE_PREFIX = ['health', 'metrics', 'asyncapi.yaml'] as const;

/** A service whose routes do not all declare who may use them does not start. */
export class UndeclaredRoutesError extends Error {
  constructor(service: string, routes: string[]) {
    super(`${service} has routes that declare no access rule (@AllowRoles or @PublicRoute): ${routes.join('; ')}`);
  }
}

export interface StartedService {
  definition: ServiceDefinition;
  app: INestApplication;
  url: string;
}

/**
 * Starts one service's HTTP API and its messaging, on whatever runtime it is given. The same
 * function serves a service in its own process and all six in one process.
 */
export async function startService(
  definition: ServiceDefinition,
  runtime: ServiceRuntime,
  rootLogger: PinoLogger,
  options: { enableShutdownHooks: boolean },
): Promise<StartedService> {
  const logger = new JsonLogger(rootLogger);
  const app = await NestFactory.create(ServiceRootModule.register(definition, runtime), {
    logger,
    abortOnError: false,
    bodyParser: false,
  });
  // Every route must say who may use it: a route that declares nothing stops the start, so
  // nothing is ever open, or silently closed, by default.
  const undeclared = undeclaredRoutes(app).map((route) => `${route.method} ${route.path} (${route.handler})`);
  if (undeclared.length > 0) {
    await app.close();
    throw new UndeclaredRoutesError(definition.name, undeclared);
  }
  app.use(securityHeaders());
  // HTTP_BODY_LIMIT (1mb unless set): a larger body is refused with 413 before anything reads it.
  const bodyLimit = runtime.settings.get('HTTP_BODY_LIMIT', '1mb');
  app.use(express.json({ limit: bodyLimit }));
  // body-parser's own error text quotes the body, which may hold a CPR number.
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    const status = (error as { status?: number }).status;
    if (typeof status !== 'number' || status >= 500) return next(error);
    const message =
      (error as { type?: string }).type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : (error as { type?: string }).type === 'entity.too.large'
          ? `The request body is larger than the limit of ${bodyLimit}.`
          : 'The request body could not be read.';
    response
      .status(status)
      .json({ statusCode: status, error: status === 413 ? 'Payload Too Large' : 'Bad Request', message });
  });
  definition.http?.configure?.(app);
  const prefix = definition.http?.globalPrefix ?? 'api';
  if (prefix) app.setGlobalPrefix(prefix, { exclude: [...ROUTES_OUTSIDE_PREFIX] });
  app.use(requestContextMiddleware(definition.name, rootLogger));
  app.use(httpMetricsMiddleware(definition.name));
  collectProcessMetricsOnce();
  setUpTracingOnce(definition.name, runtime.settings);
  app.use(httpTracingMiddleware(definition.name));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(`${definition.title} API`)
      .setDescription(definition.description)
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  if (options.enableShutdownHooks) app.enableShutdownHooks();
  await app.listen(runtime.port, runtime.host);
  // The port actually bound: a runtime may ask for port 0 and take what the system gives.
  const address = (app.getHttpServer() as { address(): { port: number } | string | null }).address();
  const port = typeof address === 'object' && address ? address.port : runtime.port;
  const url = `http://${runtime.host === '0.0.0.0' ? '127.0.0.1' : runtime.host}:${port}`;
  rootLogger.info(
    { service: definition.name, url, broker: runtime.transport.kind },
    `${definition.title} is listening`,
  );
  return { definition, app, url };
}
