import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListContributionTasksQuery } from '../queries/list-contribution-tasks/list-contribution-tasks.query';
import { ContributionTaskSummaryView } from './contribution.view';
import { ListContributionTasksDto } from './list-contribution-tasks.dto';
import { AllowRoles, CONTRIBUTOR_ROLES } from '@rehab/platform';

@ApiTags('contribution-tasks')
@Controller('contribution-tasks')
export class ContributionTasksController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AllowRoles(...CONTRIBUTOR_ROLES)
  @ApiOperation({ summary: 'The department’s work queue in one municipality, oldest task first' })
  @ApiOkResponse({ type: ContributionTaskSummaryView, isArray: true })
  @ApiBadRequestResponse({ description: 'The municipality is missing or not a three-digit code, or the status is unknown' })
  async list(@Query() query: ListContributionTasksDto): Promise<ContributionTaskSummaryView[]> {
    return this.queries.execute(new ListContributionTasksQuery(query.municipality, query.status));
  }
}
