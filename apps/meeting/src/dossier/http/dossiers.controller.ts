import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
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
import { AllowRoles, Audited, CaseConsentView, principalOf, TEAM_ROLES } from '@rehab/platform';
import type { Request } from 'express';
import { RecordGpCertificateAbsenceCommand } from '../commands/record-gp-certificate-absence/record-gp-certificate-absence.command';
import { GetDossierQuery } from '../queries/get-dossier/get-dossier.query';
import { ListDossiersQuery } from '../queries/list-dossiers/list-dossiers.query';
import { dossierSharedWith } from './dossier-consent';
import { dossierFor } from './dossier-health-data';
import { DossierSummaryView, DossierView } from './dossier.view';
import { ListDossiersDto } from './list-dossiers.dto';
import { RecordGpCertificateAbsenceDto } from './record-gp-certificate-absence.dto';

@ApiTags('dossiers')
@Controller('dossiers')
export class DossiersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly consents: CaseConsentView,
  ) {}

  @Get()
  @AllowRoles(...TEAM_ROLES)
  @Audited({ action: 'list-dossiers', purpose: 'preparing the rehabilitation-team meeting' })
  @ApiOperation({ summary: 'A municipality’s dossiers, optionally only the complete or incomplete ones' })
  @ApiOkResponse({ type: DossierSummaryView, isArray: true })
  @ApiBadRequestResponse({ description: 'The municipality is missing or malformed, or the status is unknown' })
  async list(@Query() query: ListDossiersDto): Promise<DossierSummaryView[]> {
    return this.queries.execute(new ListDossiersQuery(query.municipality, query.status));
  }

  @Get(':caseId')
  @AllowRoles(...TEAM_ROLES)
  @ApiOperation({ summary: 'A case’s dossier: contributions side by side, and which departments are still missing' })
  @ApiOkResponse({ type: DossierView })
  @ApiNotFoundResponse({ description: 'Nothing about the case has reached the meeting service' })
  @Audited({ action: 'read-dossier', caseIdParam: 'caseId', purpose: 'preparing the rehabilitation-team meeting' })
  async get(@Param('caseId', new ParseUUIDPipe()) caseId: string, @Req() request: Request): Promise<DossierView> {
    const { roles } = principalOf(request);
    const dossier = dossierFor(roles, await this.queries.execute(new GetDossierQuery(caseId)));
    return dossierSharedWith(roles, await this.consents.ofCase(caseId), dossier);
  }

  @Post(':caseId/gp-certificate-absence')
  @AllowRoles('coordinating-caseworker', 'chair')
  @Audited({ action: 'record-gp-certificate-absence', caseIdParam: 'caseId', purpose: 'preparing the rehabilitation-team meeting' })
  @ApiOperation({
    summary: 'Record why the team goes ahead without the GP certificate (LÆ 265); the case may then be ready',
  })
  @ApiCreatedResponse({ type: DossierView })
  @ApiBadRequestResponse({ description: 'The reason or who records it is missing or malformed' })
  @ApiNotFoundResponse({ description: 'Nothing about the case has reached the meeting service' })
  @ApiUnprocessableEntityResponse({ description: 'The GP certificate has already been received' })
  @ApiConflictResponse({ description: 'The dossier was changed concurrently' })
  async recordGpCertificateAbsence(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordGpCertificateAbsenceDto,
    @Req() request: Request,
  ): Promise<DossierView> {
    await this.commands.execute(new RecordGpCertificateAbsenceCommand(caseId, body.reason, body.recordedBy));
    return dossierFor(principalOf(request).roles, await this.queries.execute(new GetDossierQuery(caseId)));
  }
}
