import { ContributionSection } from '@rehab/department-contributions';

/** The health coordinator's (sundhedskoordinator) assessment. Health data. */
export class HealthAssessmentDto {
  @ContributionSection('The health assessment: is health adequately documented, and what does it show')
  assessment!: string;

  @ContributionSection('What the health situation means for work')
  workImplications!: string;

  @ContributionSection('Treatment options and what they may change')
  treatmentOptions!: string;
}
