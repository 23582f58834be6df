import { Module } from '@nestjs/common';
import { MeetingModule } from '../meeting/meeting.module';
import { AdoptPlanHandler } from './commands/adopt-plan/adopt-plan.handler';
import { RecordPlanItemProgressHandler } from './commands/record-plan-item-progress/record-plan-item-progress.handler';
import { PlansController } from './http/plans.controller';
import { JointPlanRepository } from './infrastructure/joint-plan.repository';
import { PlanEventsPublisher } from './messaging/plan-events.publisher';
import { PlanItemProgressConsumer } from './messaging/plan-item-progress.consumer';
import { GetPlanHandler } from './queries/get-plan/get-plan.handler';

/** The one plan (indsatsdel) across departments, and the departments' progress on its items. */
@Module({
  imports: [MeetingModule],
  controllers: [PlansController],
  providers: [
    AdoptPlanHandler,
    RecordPlanItemProgressHandler,
    GetPlanHandler,
    JointPlanRepository,
    PlanEventsPublisher,
    PlanItemProgressConsumer,
  ],
})
export class PlanModule {}
