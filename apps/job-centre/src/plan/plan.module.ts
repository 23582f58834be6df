import { Module } from '@nestjs/common';
import { PlanItemsModule } from '@rehab/department-contributions';
import { ReferralModule } from '../referral/referral.module';
import { EmploymentItemStartedListener } from './messaging/employment-item-started.listener';

/**
 * The employment items of each case's joint plan (indsatsdel), which the job centre owns, and
 * the progress reported on them. Starting one starts a resource programme's first activity.
 */
@Module({
  imports: [
    PlanItemsModule.register({
      department: 'job-centre',
      progressListener: EmploymentItemStartedListener,
      imports: [ReferralModule],
    }),
  ],
})
export class PlanModule {}
