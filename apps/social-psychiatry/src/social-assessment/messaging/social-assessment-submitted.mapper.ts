import type { PayloadOf, SocialAssessmentSubmitted } from '@rehab/contracts';
import type { SubmittedContribution } from '@rehab/department-contributions';
import type { SocialAssessmentDto } from '../http/social-assessment.dto';

export function toSocialAssessmentSubmitted(
  contribution: SubmittedContribution<SocialAssessmentDto>,
): PayloadOf<typeof SocialAssessmentSubmitted> {
  const { content, ...fields } = contribution;
  return {
    ...fields,
    socialConditions: content.socialConditions,
    existingSupport: content.existingSupport,
    housing: content.housing,
    abuseTreatment: content.abuseTreatment,
    psychiatricStatus: content.psychiatricStatus,
  };
}
