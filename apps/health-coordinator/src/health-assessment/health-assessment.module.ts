import { Module } from '@nestjs/common';
import { HealthAssessmentSubmitted } from '@rehab/contracts';
import { defineDepartmentContribution, DepartmentContributionsModule } from '@rehab/department-contributions';
import { HealthAssessmentDto } from './http/health-assessment.dto';
import { toHealthAssessmentSubmitted } from './messaging/health-assessment-submitted.mapper';

export const healthAssessment = defineDepartmentContribution({
  department: 'health-coordinator',
  name: 'health assessment',
  content: HealthAssessmentDto,
  submittedEvent: HealthAssessmentSubmitted,
  toSubmittedPayload: toHealthAssessmentSubmitted,
});

/** The health coordinator's contribution to each referred case. */
@Module({ imports: [DepartmentContributionsModule.register(healthAssessment)] })
export class HealthAssessmentModule {}
