import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module';
import { AdoptRecommendationHandler } from './commands/adopt-recommendation/adopt-recommendation.handler';
import { PlaceCaseOnAgendaHandler } from './commands/place-case-on-agenda/place-case-on-agenda.handler';
import { RecordAttendanceHandler } from './commands/record-attendance/record-attendance.handler';
import { RecordCitizenAttendanceHandler } from './commands/record-citizen-attendance/record-citizen-attendance.handler';
import { RecordDecisionHandler } from './commands/record-decision/record-decision.handler';
import { RecordPendingDecisionHandler } from './commands/record-pending-decision/record-pending-decision.handler';
import { RecordProceedingStepHandler } from './commands/record-proceeding-step/record-proceeding-step.handler';
import { PublishDueAgendasHandler } from './commands/publish-due-agendas/publish-due-agendas.handler';
import { PlaceCaseOnNextMeetingHandler } from './commands/place-case-on-next-meeting/place-case-on-next-meeting.handler';
import { ScheduleMeetingHandler } from './commands/schedule-meeting/schedule-meeting.handler';
import { ScheduleMeetingSeriesHandler } from './commands/schedule-meeting-series/schedule-meeting-series.handler';
import { MeetingsController } from './http/meetings.controller';
import { PendingDecisionsController } from './http/pending-decisions.controller';
import { AgendaPublicationChecker } from './infrastructure/agenda-publication.checker';
import { decisionAuthorityProvider } from './infrastructure/decision-authority.provider';
import { MeetingCalendarSettings } from './infrastructure/meeting-calendar.settings';
import { MeetingRepository } from './infrastructure/meeting.repository';
import { AutoSchedulingConsumer } from './messaging/auto-scheduling.consumer';
import { MeetingEventsPublisher } from './messaging/meeting-events.publisher';
import { GetMeetingHandler } from './queries/get-meeting/get-meeting.handler';
import { ListMeetingsHandler } from './queries/list-meetings/list-meetings.handler';
import { ListPendingDecisionsHandler } from './queries/list-pending-decisions/list-pending-decisions.handler';
import { PendingDecisionsRepository } from './infrastructure/pending-decisions.repository';

/** Runs the meeting: its agenda, the joint recommendation and the decision taken there. */
@Module({
  imports: [DossierModule],
  controllers: [MeetingsController, PendingDecisionsController],
  providers: [
    ScheduleMeetingHandler,
    ScheduleMeetingSeriesHandler,
    PlaceCaseOnNextMeetingHandler,
    MeetingCalendarSettings,
    AutoSchedulingConsumer,
    PlaceCaseOnAgendaHandler,
    AdoptRecommendationHandler,
    RecordDecisionHandler,
    RecordPendingDecisionHandler,
    RecordAttendanceHandler,
    RecordCitizenAttendanceHandler,
    RecordProceedingStepHandler,
    PublishDueAgendasHandler,
    AgendaPublicationChecker,
    GetMeetingHandler,
    ListMeetingsHandler,
    ListPendingDecisionsHandler,
    PendingDecisionsRepository,
    decisionAuthorityProvider,
    MeetingRepository,
    MeetingEventsPublisher,
  ],
  exports: [MeetingRepository],
})
export class MeetingModule {}
