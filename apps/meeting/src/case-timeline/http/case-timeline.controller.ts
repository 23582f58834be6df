import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetCaseTimelineQuery } from '../queries/get-case-timeline/get-case-timeline.query';
import { CaseTimelineView } from './case-timeline.view';
import { AllowRoles, Audited, TEAM_ROLES } from '@rehab/platform';

@ApiTags('cases')
@Controller('cases')
export class CaseTimelineController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':caseId/timeline')
  @AllowRoles(...TEAM_ROLES)
  @Audited({ action: 'read-case-timeline', caseIdParam: 'caseId', purpose: 'case work' })
  @ApiOperation({
    summary: 'What happened to a case, as the meeting service recorded it: referral to the GP’s receipt of the outcome',
  })
  @ApiOkResponse({ type: CaseTimelineView })
  @ApiNotFoundResponse({ description: 'Nothing about the case has reached the meeting service' })
  async timeline(@Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<CaseTimelineView> {
    return this.queries.execute(new GetCaseTimelineQuery(caseId));
  }
}
