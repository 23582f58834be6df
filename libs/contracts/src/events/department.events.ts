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
  /** Why an earlier version was changed; present from the second version on. Added later, so optional. */
  reason: TextSchema.optional(),
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
    /** Who made the assessment; another medical consultant only for special reasons. Added later, so optional. */
    assessedBy: z.enum(['health-coordinator', 'other-medical-consultant']).optional(),
    /** Why another medical consultant was used instead of the health coordinator. */
    otherConsultantReason: TextSchema.optional(),
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

/**
 * What a department announces about its own contribution deadline: N working days before the
 * meeting the case is scheduled on. One shape, defined once per department topic.
 */
const contributionDeadlinePayload = z.object({
  caseId: z.uuid(),
  contributionId: z.uuid(),
  meetingId: z.uuid(),
  meetingStartsAt: z.iso.datetime({ offset: true }),
  deadline: z.iso.datetime({ offset: true }),
});

/** The deadline is near and nothing has been submitted yet; announced once per deadline. */
export const HealthCoordinatorContributionReminderDue = defineEvent({
  type: 'health-coordinator.contribution-reminder-due',
  schemaVersion: 1,
  topic: Topics.healthCoordinatorContributions,
  payload: contributionDeadlinePayload,
});

/** The deadline has passed without a submission; announced once per deadline. */
export const HealthCoordinatorContributionOverdue = defineEvent({
  type: 'health-coordinator.contribution-overdue',
  schemaVersion: 1,
  topic: Topics.healthCoordinatorContributions,
  payload: contributionDeadlinePayload,
});

export const SocialPsychiatryContributionReminderDue = defineEvent({
  type: 'social-psychiatry.contribution-reminder-due',
  schemaVersion: 1,
  topic: Topics.socialPsychiatryContributions,
  payload: contributionDeadlinePayload,
});

export const SocialPsychiatryContributionOverdue = defineEvent({
  type: 'social-psychiatry.contribution-overdue',
  schemaVersion: 1,
  topic: Topics.socialPsychiatryContributions,
  payload: contributionDeadlinePayload,
});

export const CompanyConsultantContributionReminderDue = defineEvent({
  type: 'company-consultant.contribution-reminder-due',
  schemaVersion: 1,
  topic: Topics.companyConsultantContributions,
  payload: contributionDeadlinePayload,
});

export const CompanyConsultantContributionOverdue = defineEvent({
  type: 'company-consultant.contribution-overdue',
  schemaVersion: 1,
  topic: Topics.companyConsultantContributions,
  payload: contributionDeadlinePayload,
});

/**
 * The department set the contribution's deadline: its task opened for a scheduled case, or the
 * case moved to another meeting. The meeting's dossier shows it as the contribution's due date.
 */
export const HealthCoordinatorContributionDeadlineSet = defineEvent({
  type: 'health-coordinator.contribution-deadline-set',
  schemaVersion: 1,
  topic: Topics.healthCoordinatorContributions,
  payload: contributionDeadlinePayload,
});

export const SocialPsychiatryContributionDeadlineSet = defineEvent({
  type: 'social-psychiatry.contribution-deadline-set',
  schemaVersion: 1,
  topic: Topics.socialPsychiatryContributions,
  payload: contributionDeadlinePayload,
});

export const CompanyConsultantContributionDeadlineSet = defineEvent({
  type: 'company-consultant.contribution-deadline-set',
  schemaVersion: 1,
  topic: Topics.companyConsultantContributions,
  payload: contributionDeadlinePayload,
});

/** Each contributing department's deadline events, each on that department's own topic. */
export const CONTRIBUTION_DEADLINE_EVENTS = {
  'health-coordinator': {
    deadlineSet: HealthCoordinatorContributionDeadlineSet,
    reminderDue: HealthCoordinatorContributionReminderDue,
    overdue: HealthCoordinatorContributionOverdue,
  },
  'social-psychiatry': {
    deadlineSet: SocialPsychiatryContributionDeadlineSet,
    reminderDue: SocialPsychiatryContributionReminderDue,
    overdue: SocialPsychiatryContributionOverdue,
  },
  'company-consultant': {
    deadlineSet: CompanyConsultantContributionDeadlineSet,
    reminderDue: CompanyConsultantContributionReminderDue,
    overdue: CompanyConsultantContributionOverdue,
  },
} as const;

const gpCertificateFields = {
  caseId: z.uuid(),
  certificateRequestId: z.uuid(),
};

/** The municipality asked the citizen's GP for the certificate (LÆ 265); the GP has 30 days to answer. */
export const GpCertificateRequested = defineEvent({
  type: 'health-coordinator.gp-certificate-requested',
  schemaVersion: 1,
  topic: Topics.healthCoordinatorContributions,
  payload: z.object({
    ...gpCertificateFields,
    requestedBy: StaffIdSchema,
    requestedAt: z.iso.datetime({ offset: true }),
    answerDeadline: z.iso.datetime({ offset: true }),
  }),
});

/** The GP certificate arrived; it is referred to by its document reference, never carried here. */
export const GpCertificateReceived = defineEvent({
  type: 'health-coordinator.gp-certificate-received',
  schemaVersion: 1,
  topic: Topics.healthCoordinatorContributions,
  payload: z.object({
    ...gpCertificateFields,
    documentReference: z.string().trim().min(1).max(200),
    receivedAt: z.iso.datetime({ offset: true }),
    recordedBy: StaffIdSchema,
  }),
});

/** The 30-day answer deadline passed without a certificate; announced once. */
export const GpCertificateOverdue = defineEvent({
  type: 'health-coordinator.gp-certificate-overdue',
  schemaVersion: 1,
  topic: Topics.healthCoordinatorContributions,
  payload: z.object({
    ...gpCertificateFields,
    requestedAt: z.iso.datetime({ offset: true }),
    answerDeadline: z.iso.datetime({ offset: true }),
  }),
});

export const DEPARTMENT_EVENTS = [
  HealthAssessmentSubmitted,
  SocialAssessmentSubmitted,
  JobAssessmentSubmitted,
  HealthCoordinatorContributionReminderDue,
  HealthCoordinatorContributionOverdue,
  SocialPsychiatryContributionReminderDue,
  SocialPsychiatryContributionOverdue,
  CompanyConsultantContributionReminderDue,
  CompanyConsultantContributionOverdue,
  HealthCoordinatorContributionDeadlineSet,
  SocialPsychiatryContributionDeadlineSet,
  CompanyConsultantContributionDeadlineSet,
  GpCertificateRequested,
  GpCertificateReceived,
  GpCertificateOverdue,
] as const;
