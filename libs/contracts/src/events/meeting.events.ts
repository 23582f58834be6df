import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics/topics';
import { DepartmentSchema, RecommendationOutcomeSchema, StaffIdSchema, TextSchema } from '../vocabulary';

export const DossierCompleted = defineEvent({
  type: 'meeting.dossier-completed',
  schemaVersion: 1,
  topic: Topics.meetings,
  payload: z.object({
    caseId: z.uuid(),
    contributions: z
      .array(z.object({ department: DepartmentSchema, contributionId: z.uuid(), version: z.number().int().positive() }))
      .min(1),
    completedAt: z.iso.datetime({ offset: true }),
  }),
});

export const CaseScheduled = defineEvent({
  type: 'meeting.case-scheduled',
  schemaVersion: 1,
  topic: Topics.meetings,
  payload: z.object({
    caseId: z.uuid(),
    meetingId: z.uuid(),
    startsAt: z.iso.datetime({ offset: true }),
    /** Placed after the agenda went out: a late addition. Added later, so optional. */
    late: z.boolean().optional(),
  }),
});

/** The joint recommendation (indstilling) adopted at the meeting. */
export const RecommendationAdopted = defineEvent({
  type: 'meeting.recommendation-adopted',
  schemaVersion: 1,
  topic: Topics.meetings,
  payload: z.object({
    caseId: z.uuid(),
    meetingId: z.uuid(),
    recommendationId: z.uuid(),
    outcome: RecommendationOutcomeSchema,
    text: TextSchema,
    adoptedAt: z.iso.datetime({ offset: true }),
    /** Why the chair let a meeting without quorum adopt it; absent when the meeting had quorum. */
    quorumOverrideReason: TextSchema.optional(),
    /** Stated for a disability-pension outcome only (førtidspension). */
    pensionGrounds: z
      .object({
        employmentFactors: TextSchema,
        socialFactors: TextSchema,
        healthFactors: TextSchema,
        workCapacityReasoning: TextSchema,
      })
      .optional(),
  }),
});

/** The municipality's decision (afgørelse). A recommendation is not a decision. */
export const DecisionRecorded = defineEvent({
  type: 'meeting.decision-recorded',
  schemaVersion: 1,
  topic: Topics.meetings,
  payload: z.object({
    caseId: z.uuid(),
    decisionId: z.uuid(),
    recommendationId: z.uuid(),
    outcome: RecommendationOutcomeSchema,
    followsRecommendation: z.boolean(),
    recommendationText: TextSchema,
    decidedBy: StaffIdSchema,
    decidedAtMeeting: z.boolean(),
    decidedAt: z.iso.datetime({ offset: true }),
  }),
});

/** The decision is not taken at the meeting: it has an owner and a due date. */
export const DecisionPending = defineEvent({
  type: 'meeting.decision-pending',
  schemaVersion: 1,
  topic: Topics.meetings,
  payload: z.object({
    caseId: z.uuid(),
    meetingId: z.uuid(),
    recommendationId: z.uuid(),
    owner: StaffIdSchema,
    dueDate: z.iso.date(),
    recordedAt: z.iso.datetime({ offset: true }),
  }),
});

/** The municipality decided against the recommendation: the case awaits a new meeting, with the reason. */
export const CaseReturnedToTeam = defineEvent({
  type: 'meeting.case-returned-to-team',
  schemaVersion: 1,
  topic: Topics.meetings,
  payload: z.object({
    caseId: z.uuid(),
    meetingId: z.uuid(),
    decisionId: z.uuid(),
    reason: TextSchema,
    returnedAt: z.iso.datetime({ offset: true }),
  }),
});

/** A step of the order of business for one case, in the order the meeting took it. */
export const CaseProceedingStepRecorded = defineEvent({
  type: 'meeting.case-proceeding-step-recorded',
  schemaVersion: 1,
  topic: Topics.meetings,
  payload: z.object({
    caseId: z.uuid(),
    meetingId: z.uuid(),
    step: z.enum(['presentation', 'dialogue', 'conclusion', 'citizen-questions']),
    sequence: z.number().int().positive(),
    recordedBy: StaffIdSchema,
    recordedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * Whether the citizen took part in their case, and whether a supporter (bisidder) came along.
 * The absence reason and the supporter's name stay in the meeting's record: a reason may be
 * health data, and no other service needs either.
 */
export const CitizenAttendanceRecorded = defineEvent({
  type: 'meeting.citizen-attendance-recorded',
  schemaVersion: 1,
  topic: Topics.meetings,
  payload: z.object({
    caseId: z.uuid(),
    meetingId: z.uuid(),
    present: z.boolean(),
    absenceReasonRecorded: z.boolean(),
    supporterPresent: z.boolean(),
    recordedAt: z.iso.datetime({ offset: true }),
  }),
});

/** The dossier goes without the GP certificate (LÆ 265), for the recorded reason. */
export const GpCertificateAbsenceRecorded = defineEvent({
  type: 'meeting.gp-certificate-absence-recorded',
  schemaVersion: 1,
  topic: Topics.meetings,
  payload: z.object({
    caseId: z.uuid(),
    reason: TextSchema,
    recordedBy: StaffIdSchema,
    recordedAt: z.iso.datetime({ offset: true }),
  }),
});

export const MEETING_EVENTS = [
  DossierCompleted,
  CaseScheduled,
  RecommendationAdopted,
  DecisionRecorded,
  DecisionPending,
  CaseReturnedToTeam,
  CaseProceedingStepRecorded,
  CitizenAttendanceRecorded,
  GpCertificateAbsenceRecorded,
] as const;
