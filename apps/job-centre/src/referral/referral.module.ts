import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { ExtendResourceProgrammeHandler } from './commands/extend-resource-programme/extend-resource-programme.handler';
import { RePresentOverdueCasesHandler } from './commands/re-present-overdue-cases/re-present-overdue-cases.handler';
import { RecordActivityStartedHandler } from './commands/record-activity-started/record-activity-started.handler';
import { RecordDecisionHandler } from './commands/record-decision/record-decision.handler';
import { ReferCaseHandler } from './commands/refer-case/refer-case.handler';
import { SubmitPreparatoryPartHandler } from './commands/submit-preparatory-part/submit-preparatory-part.handler';
import { CasesController } from './http/cases.controller';
import { RehabilitationCaseRepository } from './infrastructure/rehabilitation-case.repository';
import { DecisionRecordedConsumer } from './messaging/decision-recorded.consumer';
import { RehabilitationCaseEventsPublisher } from './messaging/rehabilitation-case-events.publisher';
import { RePresentationChecker } from './infrastructure/re-presentation-checker';
import { GetCaseHandler } from './queries/get-case/get-case.handler';
import { GetPreparatoryAttachmentHandler } from './queries/get-preparatory-attachment/get-preparatory-attachment.handler';
import { ListPreparatoryPartVersionsHandler } from './queries/list-preparatory-part-versions/list-preparatory-part-versions.handler';

@Module({
  imports: [IdentityModule],
  controllers: [CasesController],
  providers: [
    ReferCaseHandler,
    SubmitPreparatoryPartHandler,
    RecordDecisionHandler,
    ExtendResourceProgrammeHandler,
    RecordActivityStartedHandler,
    RePresentOverdueCasesHandler,
    GetCaseHandler,
    ListPreparatoryPartVersionsHandler,
    GetPreparatoryAttachmentHandler,
    RePresentationChecker,
    RehabilitationCaseRepository,
    RehabilitationCaseEventsPublisher,
    DecisionRecordedConsumer,
  ],
  exports: [RehabilitationCaseRepository],
})
export class ReferralModule {}
