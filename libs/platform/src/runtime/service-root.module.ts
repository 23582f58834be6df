import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { MessagingModule } from '@rehab/messaging';
import { AccessGuard } from '../auth/access.guard';
import { AuthModule } from '../auth/auth.module';
import { MunicipalityScopeInterceptor } from '../auth/municipality-scope.interceptor';
import { ServiceTokenSource } from '../auth/service-token.source';
import { databaseModule } from '../database/database.module';
import { DeadLetterController } from '../health/dead-letter.controller';
import { HealthController } from '../health/health.controller';
import { MetricsController } from '../metrics/metrics.controller';
import { AsyncApiController } from '../asyncapi/asyncapi.controller';
import { RuntimeSettings, type ServiceDefinition, type ServiceRuntime } from './service-definition';
import { SERVICE_DEFINITION } from './tokens';

/**
 * Puts one service together: database, messaging, CQRS buses, health, and its own modules, all
 * behind the deny-by-default access guard (a route answers only what it declares).
 */
@Module({})
export class ServiceRootModule {
  static register(definition: ServiceDefinition, runtime: ServiceRuntime): DynamicModule {
    return {
      module: ServiceRootModule,
      imports: [
        databaseModule(definition, runtime),
        MessagingModule.forRoot({
          serviceName: definition.name,
          schema: definition.schema,
          dataSourceName: definition.name,
          transport: runtime.transport,
          topicPrefix: runtime.topicPrefix,
          relay: { pollIntervalMs: runtime.relayPollIntervalMs },
          consumer: {
            maxAttempts: runtime.consumerMaxAttempts,
            retryBackoffMs: runtime.consumerRetryBackoffMs,
            maxMessageBytes: runtime.consumerMaxMessageBytes,
          },
        }),
        CqrsModule.forRoot(),
        AuthModule,
        ...definition.modules,
      ],
      controllers: [HealthController, DeadLetterController, MetricsController, AsyncApiController],
      providers: [
        { provide: SERVICE_DEFINITION, useValue: definition },
        { provide: RuntimeSettings, useValue: runtime.settings },
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: MunicipalityScopeInterceptor },
        { provide: ServiceTokenSource, useValue: new ServiceTokenSource(runtime.settings, definition.name) },
      ],
      exports: [SERVICE_DEFINITION, RuntimeSettings, ServiceTokenSource],
      global: true,
    };
  }
}
