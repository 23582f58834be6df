import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetDossierQuery } from '../queries/get-dossier/get-dossier.query';
import { ListDossiersQuery } from '../queries/list-dossiers/list-dossiers.query';
import { DossierSummaryView, DossierView } from './dossier.view';
import { ListDossiersDto } from './list-dossiers.dto';

@ApiTags('dossiers')
@Controller('dossiers')
export class DossiersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'A municipality’s dossiers, optionally only the complete or incomplete ones' })
  @ApiOkResponse({ type: DossierSummaryView, isArray: true })
  @ApiBadRequestResponse({ description: 'The municipality is missing or malformed, or the status is unknown' })
  async list(@Query() query: ListDossiersDto): Promise<DossierSummaryView[]> {
    return this.queries.execute(new ListDossiersQuery(query.municipality, query.status));
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'A case’s dossier: contributions side by side, and which departments are still missing' })
  @ApiOkResponse({ type: DossierView })
  @ApiNotFoundResponse({ description: 'Nothing about the case has reached the meeting service' })
  async get(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<DossierView> {
    return this.queries.execute(new GetDossierQuery(caseId));
  }
}
