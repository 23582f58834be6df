import type { HealthAssessmentSubmitted, PayloadOf } from '@rehab/contracts';
import type { SubmittedContribution } from '@rehab/department-contributions';
import type { HealthAssessmentDto } from '../http/health-assessment.dto';

export function toHealthAssessmentSubmitted(
  contribution: SubmittedContribution<HealthAssessmentDto>,
): PayloadOf<typeof HealthAssessmentSubmitted> {
  const { content, ...fields } = contribution;
  return {
    ...fields,
    assessment: content.assessment,
    workImplications: content.workImplications,
    treatmentOptions: content.treatmentOptions,
    ...(content.assessedBy ? { assessedBy: content.assessedBy } : {}),
    ...(content.otherConsultantReason ? { otherConsultantReason: content.otherConsultantReason } : {}),
  };
}
