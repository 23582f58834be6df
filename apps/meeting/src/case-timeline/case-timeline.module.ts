import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module';
import { MeetingModule } from '../meeting/meeting.module';
import { RecordOutcomeMessageAcknowledgedHandler } from './commands/record-outcome-message-acknowledged/record-outcome-message-acknowledged.handler';
import { RecordOutcomeMessageSentHandler } from './commands/record-outcome-message-sent/record-outcome-message-sent.handler';
import { CaseTimelineController } from './http/case-timeline.controller';
import { OutcomeMessageRepository } from './infrastructure/outcome-message.repository';
import { OutcomeMessageAcknowledgedConsumer } from './messaging/outcome-message-acknowledged.consumer';
import { OutcomeMessageSentConsumer } from './messaging/outcome-message-sent.consumer';
import { GetCaseTimelineHandler } from './queries/get-case-timeline/get-case-timeline.handler';

/** A case's history in this service, through to what the GP was sent and confirmed receiving. */
@Module({
  imports: [DossierModule, MeetingModule],
  controllers: [CaseTimelineController],
  providers: [
    RecordOutcomeMessageSentHandler,
    RecordOutcomeMessageAcknowledgedHandler,
    GetCaseTimelineHandler,
    OutcomeMessageRepository,
    OutcomeMessageSentConsumer,
    OutcomeMessageAcknowledgedConsumer,
  ],
})
export class CaseTimelineModule {}
