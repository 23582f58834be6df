import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { register } from 'prom-client';
import { PublicRoute } from '../auth/route-access.decorator';

/**
 * Prometheus metrics of this process, from prom-client's default register: whatever a service
 * registers there appears here. In the one-process layout every service's port serves the same
 * process-wide figures, told apart by their service label.
 */
@ApiTags('operations')
@PublicRoute()
@Controller('metrics')
export class MetricsController {
  @Get()
  @ApiOperation({ summary: 'Prometheus metrics: HTTP, consumer lag, outbox backlog, dead letters, process' })
  @ApiOkResponse({ description: 'Prometheus text exposition format' })
  async metrics(@Res() response: Response): Promise<void> {
    const body = await register.metrics();
    response.type(register.contentType).send(body);
  }
}
