import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics/topics';
import { StaffIdSchema, TextSchema } from '../vocabulary';

const contributionFields = {
  caseId: z.uuid(),
  contributionId: z.uuid(),
  version: z.number().int().positive(),
  submittedBy: StaffIdSchema,
  submittedAt: z.iso.datetime({ offset: true }),
};

/** Health data: only roles allowed to read health data may read what this event carries. */
export const HealthAssessmentSubmitted = defineEvent({
  type: 'health-coordinator.health-assessment-submitted',
  schemaVersion: 1,
  topic: Topics.healthCoordinatorContributions,
  payload: z.object({
    ...contributionFields,
    assessment: TextSchema,
    workImplications: TextSchema,
    treatmentOptions: TextSchema,
  }),
});

export const SocialAssessmentSubmitted = defineEvent({
  type: 'social-psychiatry.social-assessment-submitted',
  schemaVersion: 1,
  topic: Topics.socialPsychiatryContributions,
  payload: z.object({
    ...contributionFields,
    socialConditions: TextSchema,
    existingSupport: TextSchema,
    housing: TextSchema,
    abuseTreatment: TextSchema,
    psychiatricStatus: TextSchema,
  }),
});

export const JobAssessmentSubmitted = defineEvent({
  type: 'company-consultant.job-assessment-submitted',
  schemaVersion: 1,
  topic: Topics.companyConsultantContributions,
  payload: z.object({
    ...contributionFields,
    jobPossibilities: TextSchema,
    jobDemands: TextSchema,
  }),
});

export const DEPARTMENT_EVENTS = [HealthAssessmentSubmitted, SocialAssessmentSubmitted, JobAssessmentSubmitted] as const;
