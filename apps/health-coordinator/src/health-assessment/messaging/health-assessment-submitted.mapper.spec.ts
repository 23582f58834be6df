import { HealthAssessmentSubmitted } from '@rehab/contracts';
import type { SubmittedContribution } from '@rehab/department-contributions';
import type { HealthAssessmentDto } from '../http/health-assessment.dto';
import { toHealthAssessmentSubmitted } from './health-assessment-submitted.mapper';

const submitted = (
  overrides: Partial<SubmittedContribution<HealthAssessmentDto>> = {},
): SubmittedContribution<HealthAssessmentDto> => ({
  caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
  contributionId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  version: 1,
  content: {
    assessment: 'Chronic lower back pain, adequately documented by LÆ 265.',
    workImplications: 'Sedentary work up to 20 hours a week.',
    treatmentOptions: 'Physiotherapy; pain-school course.',
  },
  submittedBy: 'hc-42',
  submittedAt: '2026-11-03T10:00:00.000Z',
  ...overrides,
});

describe('toHealthAssessmentSubmitted', () => {
  it('should produce a payload the contract accepts when the assessment is complete', () => {
    const payload = toHealthAssessmentSubmitted(submitted());
    expect(HealthAssessmentSubmitted.payload.parse(payload)).toEqual({
      caseId: '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b',
      contributionId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      version: 1,
      assessment: 'Chronic lower back pain, adequately documented by LÆ 265.',
      workImplications: 'Sedentary work up to 20 hours a week.',
      treatmentOptions: 'Physiotherapy; pain-school course.',
      submittedBy: 'hc-42',
      submittedAt: '2026-11-03T10:00:00.000Z',
    });
  });

  it('should carry the version when a later version is submitted', () => {
    expect(toHealthAssessmentSubmitted(submitted({ version: 3 })).version).toBe(3);
  });

  it('should carry who assessed and why when another medical consultant was used', () => {
    const payload = toHealthAssessmentSubmitted(
      submitted({
        content: {
          assessment: 'Documented.',
          workImplications: 'None.',
          treatmentOptions: 'None.',
          assessedBy: 'other-medical-consultant',
          otherConsultantReason: 'The health coordinator is disqualified (inhabil).',
        },
      }),
    );
    expect(HealthAssessmentSubmitted.payload.parse(payload)).toMatchObject({
      assessedBy: 'other-medical-consultant',
      otherConsultantReason: 'The health coordinator is disqualified (inhabil).',
    });
  });

  it('should carry the reason for the change when a later version is submitted', () => {
    expect(toHealthAssessmentSubmitted(submitted({ version: 2, reason: 'New records.' })).reason).toBe('New records.');
  });
});
