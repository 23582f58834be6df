import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { RecordGpCertificateReceivedCommand } from '../commands/record-gp-certificate-received/record-gp-certificate-received.command';
import { RequestGpCertificateCommand } from '../commands/request-gp-certificate/request-gp-certificate.command';
import { GetGpCertificateQuery } from '../queries/get-gp-certificate/get-gp-certificate.query';
import { RecordGpCertificateReceivedDto, RequestGpCertificateDto } from './gp-certificate.dto';
import { GpCertificateView, toGpCertificateView } from './gp-certificate.view';
import { AllowRoles, Audited, HEALTH_DATA_ROLES } from '@rehab/platform';

@ApiTags('gp-certificate')
@Controller('cases/:caseId/gp-certificate')
export class GpCertificateController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AllowRoles(...HEALTH_DATA_ROLES)
  @Audited({ action: 'read-gp-certificate', caseIdParam: 'caseId', purpose: 'the health assessment' })
  @ApiOperation({ summary: 'The GP certificate (LÆ 265) for a case: requested, its answer deadline and its receipt' })
  @ApiOkResponse({ type: GpCertificateView })
  @ApiNotFoundResponse({ description: 'No GP certificate has been requested for the case' })
  async get(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<GpCertificateView> {
    return this.queries.execute(new GetGpCertificateQuery(caseId));
  }

  @Post('request')
  @AllowRoles('coordinating-caseworker', 'member-health-coordinator')
  @Audited({ action: 'request-gp-certificate', caseIdParam: 'caseId', purpose: 'obtaining the GP certificate' })
  @ApiOperation({ summary: 'Record that the GP certificate was requested from the citizen’s GP; the GP has 30 days' })
  @ApiCreatedResponse({ type: GpCertificateView })
  @ApiBadRequestResponse({ description: 'The body names fields that are missing or malformed' })
  @ApiNotFoundResponse({ description: 'No contribution task for the case; the referral may not have arrived yet' })
  @ApiUnprocessableEntityResponse({
    description: 'The certificate was already requested for the case, or the citizen’s consent to obtain it is missing',
  })
  @ApiConflictResponse({ description: 'The record was changed concurrently' })
  async request(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: RequestGpCertificateDto,
  ): Promise<GpCertificateView> {
    return toGpCertificateView(await this.commands.execute(new RequestGpCertificateCommand(caseId, body.requestedBy)));
  }

  @Post('receipt')
  @AllowRoles('coordinating-caseworker', 'member-health-coordinator', 'service')
  @Audited({ action: 'receive-gp-certificate', caseIdParam: 'caseId', purpose: 'obtaining the GP certificate' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the GP certificate arrived, with a reference to the document' })
  @ApiOkResponse({ type: GpCertificateView })
  @ApiBadRequestResponse({ description: 'The body names fields that are missing or malformed' })
  @ApiNotFoundResponse({ description: 'No GP certificate has been requested for the case' })
  @ApiUnprocessableEntityResponse({
    description: 'Already received, or a receipt date in the future or before the request',
  })
  @ApiConflictResponse({ description: 'The record was changed concurrently' })
  async receive(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordGpCertificateReceivedDto,
  ): Promise<GpCertificateView> {
    const request = await this.commands.execute(
      new RecordGpCertificateReceivedCommand(
        caseId,
        body.documentReference,
        body.receivedAt ? new Date(body.receivedAt) : null,
        body.recordedBy,
      ),
    );
    return toGpCertificateView(request);
  }
}
