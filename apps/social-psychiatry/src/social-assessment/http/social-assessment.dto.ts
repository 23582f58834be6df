import { ContributionSection } from '@rehab/department-contributions';

/** Social services' and psychiatry's description of the citizen's situation. */
export class SocialAssessmentDto {
  @ContributionSection('Social conditions')
  socialConditions!: string;

  @ContributionSection('Existing social support, e.g. socio-pedagogical support')
  existingSupport!: string;

  @ContributionSection('Housing')
  housing!: string;

  @ContributionSection('Abuse treatment')
  abuseTreatment!: string;

  @ContributionSection('Psychiatric status')
  psychiatricStatus!: string;
}
