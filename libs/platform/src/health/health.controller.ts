import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { MESSAGE_TRANSPORT, type MessageTransport, TransactionRunner } from '@rehab/messaging';
import type { Response } from 'express';
import { PublicRoute } from '../auth/route-access.decorator';
import { SERVICE_DEFINITION } from '../runtime/tokens';
import type { ServiceDefinition } from '../runtime/service-definition';

@ApiTags('operations')
@PublicRoute()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
    private readonly transactions: TransactionRunner,
    @Inject(MESSAGE_TRANSPORT) private readonly transport: MessageTransport,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Whether the service, its database and its broker answer' })
  @ApiOkResponse({ description: 'Everything answers' })
  @ApiServiceUnavailableResponse({ description: 'The database or the broker does not answer' })
  async check(@Res() response: Response): Promise<void> {
    const database = await this.transactions.dataSource
      .query('SELECT 1')
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const broker = (await this.transport.isHealthy()) ? ('up' as const) : ('down' as const);
    const status = database === 'up' && broker === 'up' ? 'ok' : 'degraded';
    response.status(status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status,
      service: this.definition.name,
      checks: { database, broker: { status: broker, kind: this.transport.kind } },
    });
  }
}
