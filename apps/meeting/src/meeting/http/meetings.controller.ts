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
import { AdoptRecommendationCommand } from '../commands/adopt-recommendation/adopt-recommendation.command';
import { PlaceCaseOnAgendaCommand } from '../commands/place-case-on-agenda/place-case-on-agenda.command';
import { RecordAttendanceCommand } from '../commands/record-attendance/record-attendance.command';
import { RecordCitizenAttendanceCommand } from '../commands/record-citizen-attendance/record-citizen-attendance.command';
import { RecordDecisionCommand } from '../commands/record-decision/record-decision.command';
import { RecordPendingDecisionCommand } from '../commands/record-pending-decision/record-pending-decision.command';
import { RecordProceedingStepCommand } from '../commands/record-proceeding-step/record-proceeding-step.command';
import { PlaceCaseOnNextMeetingCommand } from '../commands/place-case-on-next-meeting/place-case-on-next-meeting.command';
import { ScheduleMeetingCommand } from '../commands/schedule-meeting/schedule-meeting.command';
import { ScheduleMeetingSeriesCommand } from '../commands/schedule-meeting-series/schedule-meeting-series.command';
import { GetMeetingQuery } from '../queries/get-meeting/get-meeting.query';
import { ListMeetingsQuery } from '../queries/list-meetings/list-meetings.query';
import { AdoptRecommendationDto } from './adopt-recommendation.dto';
import { ListMeetingsDto } from './list-meetings.dto';
import {
  AgendaItemView,
  CitizenAttendanceView,
  DecisionView,
  MeetingView,
  PendingDecisionView,
  ProceedingStepView,
  RecommendationView,
  toAgendaItemView,
  toCitizenAttendanceView,
  toDecisionView,
  toMeetingView,
  toPendingDecisionView,
  toProceedingStepView,
  toRecommendationView,
} from './meeting.view';
import { PlaceCaseOnAgendaDto } from './place-case-on-agenda.dto';
import { RecordAttendanceDto } from './record-attendance.dto';
import { RecordCitizenAttendanceDto } from './record-citizen-attendance.dto';
import { RecordDecisionDto } from './record-decision.dto';
import { RecordPendingDecisionDto } from './record-pending-decision.dto';
import { RecordProceedingStepDto } from './record-proceeding-step.dto';
import { ScheduleMeetingDto, ScheduleMeetingSeriesDto } from './schedule-meeting.dto';
import { AllowRoles, Audited, MEETING_ROLES, TEAM_ROLES } from '@rehab/platform';

@ApiTags('meetings')
@Controller('meetings')
@ApiBadRequestResponse({ description: 'The body or path names fields that are missing or malformed' })
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @AllowRoles('chair', 'coordinating-caseworker')
  @ApiOperation({ summary: 'Schedule a rehabilitation-team meeting' })
  @ApiCreatedResponse({ type: MeetingView })
  async schedule(@Body() body: ScheduleMeetingDto): Promise<MeetingView> {
    const meeting = await this.commands.execute(
      new ScheduleMeetingCommand(body.municipality, new Date(body.startsAt), body.chairId, {
        capacity: body.capacity,
        slotMinutes: body.slotMinutes,
      }),
    );
    return toMeetingView(meeting);
  }

  @Post('series')
  @AllowRoles('chair', 'coordinating-caseworker')
  @ApiOperation({ summary: 'Schedule a recurring series of meetings with the same capacity and slot length' })
  @ApiCreatedResponse({ type: MeetingView, isArray: true })
  async scheduleSeries(@Body() body: ScheduleMeetingSeriesDto): Promise<MeetingView[]> {
    const series = await this.commands.execute(
      new ScheduleMeetingSeriesCommand(
        body.municipality,
        new Date(body.startsAt),
        body.intervalDays,
        body.occurrences,
        body.chairId,
        { capacity: body.capacity, slotMinutes: body.slotMinutes },
      ),
    );
    return series.map(toMeetingView);
  }

  @Post('next-with-room/cases')
  @AllowRoles('coordinating-caseworker', 'chair')
  @Audited({ action: 'place-case-on-agenda', caseIdField: 'caseId', purpose: 'scheduling the rehabilitation-team meeting' })
  @ApiOperation({ summary: 'Put a referred case, ready or not yet, on the next meeting of its municipality with room' })
  @ApiCreatedResponse({ type: AgendaItemView, description: 'The agenda item; meetingId says which meeting' })
  @ApiNotFoundResponse({ description: 'No dossier for the case' })
  @ApiUnprocessableEntityResponse({
    description: 'The referral has not arrived, the case is already on an agenda, or no coming meeting has room',
  })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async placeCaseOnNextMeeting(@Body() body: PlaceCaseOnAgendaDto): Promise<AgendaItemView & { meetingId: string }> {
    const placement = await this.commands.execute(new PlaceCaseOnNextMeetingCommand(body.caseId));
    return { meetingId: placement.meetingId, ...toAgendaItemView(placement.item) };
  }

  @Get()
  @AllowRoles(...TEAM_ROLES)
  @ApiOperation({ summary: 'A municipality’s meetings, earliest first, optionally from a moment on' })
  @ApiOkResponse({ type: MeetingView, isArray: true })
  async list(@Query() query: ListMeetingsDto): Promise<MeetingView[]> {
    return this.queries.execute(
      new ListMeetingsQuery(query.municipality, query.from ? new Date(query.from) : null, query.limit ?? 50),
    );
  }

  @Get(':meetingId')
  @AllowRoles(...TEAM_ROLES)
  @ApiOperation({ summary: 'A meeting, its agenda, and the recommendations and decisions made at it' })
  @ApiOkResponse({ type: MeetingView })
  @ApiNotFoundResponse()
  async get(@Param('meetingId', new ParseUUIDPipe()) meetingId: string): Promise<MeetingView> {
    return this.queries.execute(new GetMeetingQuery(meetingId));
  }

  @Post(':meetingId/cases')
  @AllowRoles('coordinating-caseworker', 'chair')
  @Audited({ action: 'place-case-on-agenda', caseIdField: 'caseId', purpose: 'scheduling the rehabilitation-team meeting' })
  @ApiOperation({ summary: 'Put a referred case of the same municipality on the agenda, ready or not yet' })
  @ApiCreatedResponse({ type: AgendaItemView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiUnprocessableEntityResponse({
    description:
      'The referral has not arrived, the case is of another municipality, already on an agenda, or the meeting is full',
  })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async placeCaseOnAgenda(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Body() body: PlaceCaseOnAgendaDto,
  ): Promise<AgendaItemView> {
    return toAgendaItemView(await this.commands.execute(new PlaceCaseOnAgendaCommand(meetingId, body.caseId)));
  }

  @Post(':meetingId/cases/:caseId/recommendation')
  @AllowRoles(...MEETING_ROLES)
  @Audited({ action: 'adopt-recommendation', caseIdParam: 'caseId', purpose: 'the rehabilitation-team meeting' })
  @ApiOperation({ summary: 'Adopt the team’s joint recommendation (indstilling) for a case on the agenda' })
  @ApiCreatedResponse({ type: RecommendationView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiUnprocessableEntityResponse({
    description:
      'The case is not on the agenda or already has a recommendation; its dossier is not ready (the message names ' +
      'the missing contributions and/or the GP certificate); the meeting has no quorum and the chair ' +
      'recorded no reason; or a disability-pension outcome lacks the factors weighed and the work-capacity reasoning',
  })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async adoptRecommendation(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: AdoptRecommendationDto,
  ): Promise<RecommendationView> {
    const recommendation = await this.commands.execute(
      new AdoptRecommendationCommand(
        meetingId,
        caseId,
        body.outcome,
        body.text,
        body.adoptedBy,
        body.quorumOverrideReason ?? null,
        {
          employmentFactors: body.employmentFactors,
          socialFactors: body.socialFactors,
          healthFactors: body.healthFactors,
          workCapacityReasoning: body.workCapacityReasoning,
        },
      ),
    );
    return toRecommendationView(recommendation);
  }

  @Post(':meetingId/cases/:caseId/decision')
  @AllowRoles('decision-maker')
  @Audited({ action: 'record-decision', caseIdParam: 'caseId', purpose: 'deciding the case' })
  @ApiOperation({ summary: 'Record the municipality’s decision (afgørelse) on a case, after the recommendation' })
  @ApiCreatedResponse({ type: DecisionView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiUnprocessableEntityResponse({
    description:
      'The case is not on the agenda, has no recommendation yet, or is already decided; at the meeting, the outcome ' +
      'is outside its authority or the decision maker is not recorded as present; or a decision against the ' +
      'recommendation has no reason',
  })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async recordDecision(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordDecisionDto,
  ): Promise<DecisionView> {
    const decision = await this.commands.execute(
      new RecordDecisionCommand(
        meetingId,
        caseId,
        body.outcome,
        body.decidedBy,
        body.decidedAtMeeting,
        body.deviationReason ?? null,
      ),
    );
    return toDecisionView(decision);
  }

  @Post(':meetingId/cases/:caseId/decision/pending')
  @AllowRoles('decision-maker', 'chair')
  @Audited({ action: 'record-pending-decision', caseIdParam: 'caseId', purpose: 'deciding the case' })
  @ApiOperation({ summary: 'Record that the decision is taken after the meeting, by an owner before a due date' })
  @ApiCreatedResponse({ type: PendingDecisionView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiUnprocessableEntityResponse({
    description: 'The case is not on the agenda, has no recommendation yet, is already decided or already pending',
  })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async recordPendingDecision(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordPendingDecisionDto,
  ): Promise<PendingDecisionView> {
    const pending = await this.commands.execute(
      new RecordPendingDecisionCommand(meetingId, caseId, body.owner, new Date(`${body.dueDate}T00:00:00Z`)),
    );
    return toPendingDecisionView(pending);
  }

  @Post(':meetingId/attendance')
  @AllowRoles(...MEETING_ROLES)
  @ApiOperation({ summary: 'Record which members attend the meeting in which role; quorum is read from it' })
  @ApiCreatedResponse({ type: MeetingView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async recordAttendance(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Body() body: RecordAttendanceDto,
  ): Promise<MeetingView> {
    return toMeetingView(await this.commands.execute(new RecordAttendanceCommand(meetingId, body.members)));
  }

  @Post(':meetingId/cases/:caseId/citizen-attendance')
  @AllowRoles(...MEETING_ROLES)
  @Audited({ action: 'record-citizen-attendance', caseIdParam: 'caseId', purpose: 'the rehabilitation-team meeting' })
  @ApiOperation({ summary: 'Record whether the citizen takes part in their case, and their supporter (bisidder)' })
  @ApiCreatedResponse({ type: CitizenAttendanceView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiUnprocessableEntityResponse({ description: 'The case is not on the agenda, or an absence has no reason' })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async recordCitizenAttendance(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordCitizenAttendanceDto,
  ): Promise<CitizenAttendanceView> {
    const citizen = await this.commands.execute(
      new RecordCitizenAttendanceCommand(
        meetingId,
        caseId,
        body.present,
        body.absenceReason ?? null,
        body.supporter ?? null,
      ),
    );
    return toCitizenAttendanceView(citizen);
  }

  @Post(':meetingId/proceedings')
  @AllowRoles(...MEETING_ROLES)
  @ApiOperation({
    summary: 'Record a step of the order of business as it is taken, with its time',
    description:
      'The chair opens the meeting (step opened, no case); then per case: presentation, dialogue, conclusion and ' +
      'citizen-questions, in that order, one case at a time.',
  })
  @ApiCreatedResponse({ type: ProceedingStepView })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  @ApiUnprocessableEntityResponse({
    description:
      'The step is out of order or already taken, the case is not on the agenda, or another case is still under way',
  })
  @ApiConflictResponse({ description: 'The meeting was changed concurrently' })
  async recordProceedingStep(
    @Param('meetingId', new ParseUUIDPipe()) meetingId: string,
    @Body() body: RecordProceedingStepDto,
  ): Promise<ProceedingStepView> {
    const step = await this.commands.execute(
      new RecordProceedingStepCommand(meetingId, body.step, body.caseId ?? null, body.recordedBy),
    );
    return toProceedingStepView(step);
  }
}
