import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { renderAsyncApiYaml } from './asyncapi-document';
import { PublicRoute } from '../auth/route-access.decorator';

/** The event contracts every service speaks, in AsyncAPI 3, beside the OpenAPI of its HTTP API. */
@ApiTags('operations')
@PublicRoute()
@Controller('asyncapi.yaml')
export class AsyncApiController {
  private document: string | undefined;

  @Get()
  @ApiOperation({ summary: 'AsyncAPI 3 description of every topic and event' })
  @ApiOkResponse({ description: 'YAML' })
  serve(@Res() response: Response): void {
    this.document ??= renderAsyncApiYaml();
    response.type('application/yaml').send(this.document);
  }
}
