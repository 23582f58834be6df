import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '@rehab/platform';
import { ListPendingDecisionsQuery } from '../queries/list-pending-decisions/list-pending-decisions.query';
import { ListPendingDecisionsDto } from './list-pending-decisions.dto';
import { PendingDecisionItemView } from './pending-decision-item.view';

const DEFAULT_LIMIT = 200;

/** The decision maker's queue: what the team recommended and the municipality has not yet decided. */
@ApiTags('decisions')
@Controller('decisions')
export class PendingDecisionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('pending')
  @AllowRoles('decision-maker', 'chair')
  @ApiOperation({
    summary: 'A municipality’s recommended cases without a decision, earliest due date first',
    description: 'Cases deferred to after the meeting come first by due date; those due at the meeting follow.',
  })
  @ApiOkResponse({ type: PendingDecisionItemView, isArray: true })
  @ApiBadRequestResponse({ description: 'The municipality is not a three-digit code or the limit is out of range' })
  async list(@Query() query: ListPendingDecisionsDto): Promise<PendingDecisionItemView[]> {
    return this.queries.execute(new ListPendingDecisionsQuery(query.municipality, query.limit ?? DEFAULT_LIMIT));
  }
}
