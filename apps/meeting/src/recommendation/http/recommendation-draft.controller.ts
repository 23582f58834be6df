import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { GetRecommendationDraftQuery } from '../queries/get-recommendation-draft/get-recommendation-draft.query';
import { RecommendationDraftView } from './recommendation-draft.view';
import { AllowRoles, Audited, MEETING_ROLES } from '@rehab/platform';

@ApiTags('meetings')
@Controller('meetings')
export class RecommendationDraftController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':meetingId/cases/:caseId/recommendation/draft')
  @AllowRoles(...MEETING_ROLES, 'decision-maker')
  @Audited({ action: 'read-recommendation-draft', caseIdParam: 'caseId', purpose: 'the rehabilitation-team meeting' })
  @ApiOperation({ summary: 'Draft the joint recommendation (indstilling) from the dossier, as one Danish document' })
  @ApiOkResponse({ type: RecommendationDraftView })
  @ApiNotFoundResponse({ description: 'No such meeting, or no dossier for the case' })
  @ApiUnprocessableEntityResponse({ description: 'The case is not on the meeting’s agenda' })
  async draft(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
  ): Promise<RecommendationDraftView> {
    return this.queries.execute(new GetRecommendationDraftQuery(meetingId, caseId));
  }
}
