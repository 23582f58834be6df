import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import { ReportPlanItemProgressCommand } from '../commands/report-plan-item-progress/report-plan-item-progress.command';
import { GetCasePlanItemsQuery } from '../queries/get-case-plan-items/get-case-plan-items.query';
import { ListPlanItemsQuery } from '../queries/list-plan-items/list-plan-items.query';
import { ListPlanItemsDto } from './list-plan-items.dto';
import { CasePlanItemsView, PlanItemProgressView, PlanItemSummaryView, toPlanItemProgressView } from './plan-item.view';
import { ReportPlanItemProgressDto } from './report-plan-item-progress.dto';
import { AllowRoles, Audited, CONTRIBUTOR_ROLES } from '@rehab/platform';

@ApiTags('plan-items')
@Controller()
export class PlanItemsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('plan-items')
  @AllowRoles(...CONTRIBUTOR_ROLES)
  @ApiOperation({ summary: 'The department’s plan items in one municipality, soonest start first' })
  @ApiOkResponse({ type: PlanItemSummaryView, isArray: true })
  @ApiBadRequestResponse({
    description: 'The municipality is missing or not a three-digit code, or the status is unknown',
  })
  async list(@Query() query: ListPlanItemsDto): Promise<PlanItemSummaryView[]> {
    return this.queries.execute(new ListPlanItemsQuery(query.municipality, query.status));
  }

  @Get('cases/:caseId/plan-items')
  @AllowRoles(...CONTRIBUTOR_ROLES)
  @Audited({ action: 'read-plan-items', caseIdParam: 'caseId', purpose: 'following the joint plan' })
  @ApiOperation({
    summary: 'The department’s items in the latest version of the case’s joint plan, with their progress',
  })
  @ApiOkResponse({ type: CasePlanItemsView })
  @ApiNotFoundResponse({ description: 'No plan for the case has arrived here' })
  async forCase(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<CasePlanItemsView> {
    return this.queries.execute(new GetCasePlanItemsQuery(caseId));
  }

  @Post('plan-items/:itemId/progress')
  @AllowRoles(...CONTRIBUTOR_ROLES)
  @Audited({ action: 'report-plan-item-progress', caseIdField: 'caseId', purpose: 'following the joint plan' })
  @ApiOperation({ summary: 'Report progress on one of the department’s plan items; it is published to the team' })
  @ApiCreatedResponse({ type: PlanItemProgressView })
  @ApiBadRequestResponse({ description: 'The body names fields that are missing or malformed' })
  @ApiNotFoundResponse({ description: 'The department has no such plan item' })
  @ApiUnprocessableEntityResponse({ description: 'A completed or stopped item cannot go back to an earlier status' })
  @ApiConflictResponse({ description: 'The plan items were changed concurrently' })
  async reportProgress(
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: ReportPlanItemProgressDto,
  ): Promise<PlanItemProgressView> {
    const progress = await this.commands.execute(
      new ReportPlanItemProgressCommand(itemId, body.status, body.note ?? null, body.reportedBy),
    );
    return toPlanItemProgressView(progress);
  }
}
