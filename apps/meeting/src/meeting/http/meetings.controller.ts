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
import { AdoptRecommendationCommand } from '../commands/adopt-recommendation/adopt-recommendation.command';
import { PlaceCaseOnAgendaCommand } from '../commands/place-case-on-agenda/place-case-on-agenda.command';
import { RecordDecisionCommand } from '../commands/record-decision/record-decision.command';
import { ScheduleMeetingCommand } from '../commands/schedule-meeting/schedule-meeting.command';
import { GetMeetingQuery } from '../queries/get-meeting/get-meeting.query';
import { AdoptRecommendationDto } from './adopt-recommendation.dto';
import {
  AgendaItemView,
  DecisionView,
  MeetingView,
  RecommendationView,
  toAgendaItemView,
  toDecisionView,
  toMeetingView,
  toRecommendationView,
} from './meeting.view';
import { PlaceCaseOnAgendaDto } from './place-case-on-agenda.dto';
import { RecordDecisionDto } from './record-decision.dto';
import { ScheduleMeetingDto } from './schedule-meeting.dto';

@ApiTags('meetings')
@Controller('meetings')
@ApiBadRequestResponse({ description: 'The body or path names fields that are missing or malformed' })
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Schedule a rehabilitation-team meeting' })
  @ApiCreatedResponse({ type: MeetingView })
  async schedule(@Body() body: ScheduleMeetingDto): Promise<MeetingView> {
    const meeting = await this.commands.execute(
      new ScheduleMeetingCommand(body.municipality, new Date(body.startsAt), body.chairId),
    );
    return toMeetingView(meeting);
  }

  @Get(':meetingId')
  @ApiOperation({ summary: 'A meeting, its agenda, and the recommendations and decisions made at it' })
  @ApiOkResponse({ type: MeetingView })
  @ApiNotFoundResponse()
  async get(@Param('meetingId', new ParseUUIDPipe()) meetingId: string): Promise<MeetingView> {
    return this.queries.execute(new GetMeetingQuery(meetingId));
  }

  @Post(':meetingId/cases')
  @ApiOperation({ summary: 'Put a case with a complete dossier of the same municipality on the agenda' })
  @ApiCreatedResponse({ type: AgendaItemView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiUnprocessableEntityResponse({
    description: 'The dossier is missing or incomplete, of another municipality, or the case is already on an agenda',
  })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async placeCaseOnAgenda(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Body() body: PlaceCaseOnAgendaDto,
  ): Promise<AgendaItemView> {
    return toAgendaItemView(await this.commands.execute(new PlaceCaseOnAgendaCommand(meetingId, body.caseId)));
  }

  @Post(':meetingId/cases/:caseId/recommendation')
  @ApiOperation({ summary: 'Adopt the team’s joint recommendation (indstilling) for a case on the agenda' })
  @ApiCreatedResponse({ type: RecommendationView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiUnprocessableEntityResponse({ description: 'The case is not on the agenda, or already has a recommendation' })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async adoptRecommendation(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: AdoptRecommendationDto,
  ): Promise<RecommendationView> {
    const recommendation = await this.commands.execute(
      new AdoptRecommendationCommand(meetingId, caseId, body.outcome, body.text, body.adoptedBy),
    );
    return toRecommendationView(recommendation);
  }

  @Post(':meetingId/cases/:caseId/decision')
  @ApiOperation({ summary: 'Record the municipality’s decision (afgørelse) on a case, after the recommendation' })
  @ApiCreatedResponse({ type: DecisionView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiUnprocessableEntityResponse({
    description: 'The case is not on the agenda, has no recommendation yet, or is already decided',
  })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async recordDecision(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordDecisionDto,
  ): Promise<DecisionView> {
    const decision = await this.commands.execute(
      new RecordDecisionCommand(meetingId, caseId, body.outcome, body.decidedBy, body.decidedAtMeeting),
    );
    return toDecisionView(decision);
  }
}
