import { Module } from '@nestjs/common';
import { SocialAssessmentSubmitted } from '@rehab/contracts';
import { defineDepartmentContribution, DepartmentContributionsModule } from '@rehab/department-contributions';
import { SocialAssessmentDto } from './http/social-assessment.dto';
import { toSocialAssessmentSubmitted } from './messaging/social-assessment-submitted.mapper';

export const socialAssessment = defineDepartmentContribution({
  department: 'social-psychiatry',
  name: 'social assessment',
  content: SocialAssessmentDto,
  submittedEvent: SocialAssessmentSubmitted,
  toSubmittedPayload: toSocialAssessmentSubmitted,
});

/** Social services' and psychiatry's contribution to each referred case. */
@Module({ imports: [DepartmentContributionsModule.register(socialAssessment)] })
export class SocialAssessmentModule {}
