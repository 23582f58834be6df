import { JobAssessmentSubmitted } from '@rehab/contracts';
import type { SubmittedContribution } from '@rehab/department-contributions';
import type { JobAssessmentDto } from '../http/job-assessment.dto';
import { toJobAssessmentSubmitted } from './job-assessment-submitted.mapper';

const submitted = (
  overrides: Partial<SubmittedContribution<JobAssessmentDto>> = {},
): SubmittedContribution<JobAssessmentDto> => ({
  caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
  contributionId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  version: 1,
  content: {
    jobPossibilities: 'Internship at a local supermarket, stocking shelves part time.',
    jobDemands: 'Lifting up to 10 kg; flexible hours are possible.',
  },
  submittedBy: 'cc-3',
  submittedAt: '2026-11-03T10:00:00.000Z',
  ...overrides,
});

describe('toJobAssessmentSubmitted', () => {
  it('should produce a payload the contract accepts when the assessment is complete', () => {
    const payload = toJobAssessmentSubmitted(submitted());
    expect(JobAssessmentSubmitted.payload.parse(payload)).toEqual({
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      contributionId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      version: 1,
      jobPossibilities: 'Internship at a local supermarket, stocking shelves part time.',
      jobDemands: 'Lifting up to 10 kg; flexible hours are possible.',
      submittedBy: 'cc-3',
      submittedAt: '2026-11-03T10:00:00.000Z',
    });
  });

  it('should carry the version when a later version is submitted', () => {
    expect(toJobAssessmentSubmitted(submitted({ version: 2 })).version).toBe(2);
  });
});
