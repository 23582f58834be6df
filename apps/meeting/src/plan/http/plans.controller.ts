import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
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
import { AdoptPlanCommand } from '../commands/adopt-plan/adopt-plan.command';
import { GetPlanQuery } from '../queries/get-plan/get-plan.query';
import { AdoptPlanDto } from './adopt-plan.dto';
import { JointPlanView } from './joint-plan.view';
import { AllowRoles, Audited, MEETING_ROLES, TEAM_ROLES } from '@rehab/platform';

@ApiTags('plans')
@Controller()
@ApiBadRequestResponse({ description: 'The body or path names fields that are missing or malformed' })
export class PlansController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('meetings/:meetingId/cases/:caseId/plan')
  @AllowRoles(...MEETING_ROLES)
  @Audited({ action: 'adopt-joint-plan', caseIdParam: 'caseId', purpose: 'the rehabilitation-team meeting' })
  @ApiOperation({
    summary: 'Adopt the case’s one joint plan (indsatsdel) across departments, or its next version',
    description:
      'Follows from a recommended programme: resource programme, job clarification, flex job or the self-employed ' +
      'subsidy; never disability pension. Publishes meeting.plan-adopted; a changed plan is version n+1.',
  })
  @ApiCreatedResponse({ type: JointPlanView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiUnprocessableEntityResponse({
    description:
      'The case is not on the agenda or has no recommendation; the outcome is not a programme; the decision went ' +
      'against the recommendation; an item ends before it starts or names an item not in the current version',
  })
  @ApiConflictResponse({ description: 'The plan was changed concurrently' })
  async adopt(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: AdoptPlanDto,
  ): Promise<JointPlanView> {
    await this.commands.execute(
      new AdoptPlanCommand(meetingId, caseId, {
        employmentGoal: body.employmentGoal,
        adoptedBy: body.adoptedBy,
        items: body.items.map((item) => ({
          itemId: item.itemId ?? null,
          department: item.department,
          description: item.description,
          ownerId: item.ownerId,
          startsOn: item.startsOn,
          endsOn: item.endsOn,
        })),
      }),
    );
    return this.queries.execute(new GetPlanQuery(caseId));
  }

  @Get('cases/:caseId/plan')
  @AllowRoles(...TEAM_ROLES)
  @Audited({ action: 'read-joint-plan', caseIdParam: 'caseId', purpose: 'following the joint plan' })
  @ApiOperation({ summary: 'The case’s joint plan as it stands, with each item’s latest progress and its history' })
  @ApiOkResponse({ type: JointPlanView })
  @ApiNotFoundResponse({ description: 'No plan has been adopted for the case' })
  async get(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<JointPlanView> {
    return this.queries.execute(new GetPlanQuery(caseId));
  }
}
