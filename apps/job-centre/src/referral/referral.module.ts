import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { RecordDecisionHandler } from './commands/record-decision/record-decision.handler';
import { ReferCaseHandler } from './commands/refer-case/refer-case.handler';
import { SubmitPreparatoryPartHandler } from './commands/submit-preparatory-part/submit-preparatory-part.handler';
import { CasesController } from './http/cases.controller';
import { RehabilitationCaseRepository } from './infrastructure/rehabilitation-case.repository';
import { DecisionRecordedConsumer } from './messaging/decision-recorded.consumer';
import { RehabilitationCaseEventsPublisher } from './messaging/rehabilitation-case-events.publisher';
import { GetCaseHandler } from './queries/get-case/get-case.handler';

@Module({
  imports: [IdentityModule],
  controllers: [CasesController],
  providers: [
    ReferCaseHandler,
    SubmitPreparatoryPartHandler,
    RecordDecisionHandler,
    GetCaseHandler,
    RehabilitationCaseRepository,
    RehabilitationCaseEventsPublisher,
    DecisionRecordedConsumer,
  ],
})
export class ReferralModule {}
