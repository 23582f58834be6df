import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module';
import { AdoptRecommendationHandler } from './commands/adopt-recommendation/adopt-recommendation.handler';
import { PlaceCaseOnAgendaHandler } from './commands/place-case-on-agenda/place-case-on-agenda.handler';
import { RecordDecisionHandler } from './commands/record-decision/record-decision.handler';
import { ScheduleMeetingHandler } from './commands/schedule-meeting/schedule-meeting.handler';
import { MeetingsController } from './http/meetings.controller';
import { MeetingRepository } from './infrastructure/meeting.repository';
import { MeetingEventsPublisher } from './messaging/meeting-events.publisher';
import { GetMeetingHandler } from './queries/get-meeting/get-meeting.handler';

/** Runs the meeting: its agenda, the joint recommendation and the decision taken there. */
@Module({
  imports: [DossierModule],
  controllers: [MeetingsController],
  providers: [
    ScheduleMeetingHandler,
    PlaceCaseOnAgendaHandler,
    AdoptRecommendationHandler,
    RecordDecisionHandler,
    GetMeetingHandler,
    MeetingRepository,
    MeetingEventsPublisher,
  ],
  exports: [MeetingRepository],
})
export class MeetingModule {}
