import type { JobAssessmentSubmitted, PayloadOf } from '@rehab/contracts';
import type { SubmittedContribution } from '@rehab/department-contributions';
import type { JobAssessmentDto } from '../http/job-assessment.dto';

export function toJobAssessmentSubmitted(
  contribution: SubmittedContribution<JobAssessmentDto>,
): PayloadOf<typeof JobAssessmentSubmitted> {
  const { content, ...fields } = contribution;
  return {
    ...fields,
    jobPossibilities: content.jobPossibilities,
    jobDemands: content.jobDemands,
  };
}
