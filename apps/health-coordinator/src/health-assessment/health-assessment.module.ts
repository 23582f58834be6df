import { Module } from '@nestjs/common';
import { HealthAssessmentSubmitted } from '@rehab/contracts';
import { defineDepartmentContribution, DepartmentContributionsModule } from '@rehab/department-contributions';
import { requireReasonForOtherConsultant } from './domain/medical-assessor';
import { HealthAssessmentDto } from './http/health-assessment.dto';
import { toHealthAssessmentSubmitted } from './messaging/health-assessment-submitted.mapper';

export const healthAssessment = defineDepartmentContribution({
  department: 'health-coordinator',
  name: 'health assessment',
  content: HealthAssessmentDto,
  submittedEvent: HealthAssessmentSubmitted,
  toSubmittedPayload: toHealthAssessmentSubmitted,
  checkSubmission: requireReasonForOtherConsultant,
});

const healthAssessmentContributions = DepartmentContributionsModule.register(healthAssessment);

/** The health coordinator's contribution to each referred case. Its tasks are shared with the GP certificate. */
@Module({ imports: [healthAssessmentContributions], exports: [healthAssessmentContributions] })
export class HealthAssessmentModule {}
