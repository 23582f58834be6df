import { SocialAssessmentSubmitted } from '@rehab/contracts';
import type { SubmittedContribution } from '@rehab/department-contributions';
import type { SocialAssessmentDto } from '../http/social-assessment.dto';
import { toSocialAssessmentSubmitted } from './social-assessment-submitted.mapper';

const submitted = (
  overrides: Partial<SubmittedContribution<SocialAssessmentDto>> = {},
): SubmittedContribution<SocialAssessmentDto> => ({
  caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
  contributionId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  version: 1,
  content: {
    socialConditions: 'Lives alone; contact with a sister.',
    existingSupport: 'Socio-pedagogical support two hours a week.',
    housing: 'Rented flat, stable.',
    abuseTreatment: 'None.',
    psychiatricStatus: 'Moderate depression, in treatment.',
  },
  submittedBy: 'sp-7',
  submittedAt: '2026-11-03T10:00:00.000Z',
  ...overrides,
});

describe('toSocialAssessmentSubmitted', () => {
  it('should produce a payload the contract accepts when the assessment is complete', () => {
    const payload = toSocialAssessmentSubmitted(submitted());
    expect(SocialAssessmentSubmitted.payload.parse(payload)).toEqual({
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      contributionId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      version: 1,
      socialConditions: 'Lives alone; contact with a sister.',
      existingSupport: 'Socio-pedagogical support two hours a week.',
      housing: 'Rented flat, stable.',
      abuseTreatment: 'None.',
      psychiatricStatus: 'Moderate depression, in treatment.',
      submittedBy: 'sp-7',
      submittedAt: '2026-11-03T10:00:00.000Z',
    });
  });

  it('should carry the version when a later version is submitted', () => {
    expect(toSocialAssessmentSubmitted(submitted({ version: 2 })).version).toBe(2);
  });
});
