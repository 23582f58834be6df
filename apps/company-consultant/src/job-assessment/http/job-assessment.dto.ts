import { ContributionSection } from '@rehab/department-contributions';

/** The company consultant's (virksomhedskonsulent) view of the labour market for the citizen. */
export class JobAssessmentDto {
  @ContributionSection('Concrete job, internship and industry possibilities')
  jobPossibilities!: string;

  @ContributionSection('What such a job would really demand')
  jobDemands!: string;
}
