import { Module } from '@nestjs/common';
import { JobAssessmentSubmitted } from '@rehab/contracts';
import { defineDepartmentContribution, DepartmentContributionsModule } from '@rehab/department-contributions';
import { JobAssessmentDto } from './http/job-assessment.dto';
import { toJobAssessmentSubmitted } from './messaging/job-assessment-submitted.mapper';

export const jobAssessment = defineDepartmentContribution({
  department: 'company-consultant',
  name: 'job assessment',
  content: JobAssessmentDto,
  submittedEvent: JobAssessmentSubmitted,
  toSubmittedPayload: toJobAssessmentSubmitted,
});

/** The company consultant's contribution to each referred case. */
@Module({ imports: [DepartmentContributionsModule.register(jobAssessment)] })
export class JobAssessmentModule {}
