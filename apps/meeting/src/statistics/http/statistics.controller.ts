import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetMunicipalityStatisticsQuery } from '../queries/get-municipality-statistics/get-municipality-statistics.query';
import { MunicipalityStatisticsDto } from './municipality-statistics.dto';
import { MunicipalityStatisticsView } from './municipality-statistics.view';
import { AllowRoles } from '@rehab/platform';

@ApiTags('statistics')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AllowRoles('chair', 'decision-maker', 'coordinating-caseworker', 'operator')
  @ApiOperation({
    summary: 'Timelines, outcomes and quorum history of one municipality, from what the meeting service recorded',
  })
  @ApiOkResponse({ type: MunicipalityStatisticsView })
  @ApiBadRequestResponse({ description: 'The municipality is missing or not a three-digit code' })
  async get(@Query() query: MunicipalityStatisticsDto): Promise<MunicipalityStatisticsView> {
    return this.queries.execute(new GetMunicipalityStatisticsQuery(query.municipality));
  }
}
