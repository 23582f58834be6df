import { z } from 'zod';
import { defineEvent, type EventDefinition } from '../event-definition';
import { Topics } from '../topics/topics';
import { type Department, DepartmentSchema, StaffIdSchema, TextSchema } from '../vocabulary';

const DateSchema = z.iso.date();

/** One activity of the joint plan, owned by one department. */
export const PlanItemSchema = z.object({
  itemId: z.uuid(),
  department: DepartmentSchema,
  description: TextSchema,
  ownerId: StaffIdSchema,
  startsOn: DateSchema,
  endsOn: DateSchema,
});

/**
 * The one plan (indsatsdel) across departments, drawn up when a programme is recommended. It
 * always has an employment goal; each department receives its own items from it.
 */
export const PlanAdopted = defineEvent({
  type: 'meeting.plan-adopted',
  schemaVersion: 1,
  topic: Topics.meetings,
  payload: z.object({
    caseId: z.uuid(),
    planId: z.uuid(),
    meetingId: z.uuid(),
    /** A new version replaces the previous one as a whole. */
    version: z.number().int().positive(),
    employmentGoal: TextSchema,
    items: z.array(PlanItemSchema).min(1),
    adoptedBy: StaffIdSchema,
    adoptedAt: z.iso.datetime({ offset: true }),
  }),
});

export const PLAN_ITEM_STATUSES = ['not-started', 'started', 'completed', 'stopped'] as const;

const progressPayload = z.object({
  caseId: z.uuid(),
  planId: z.uuid(),
  itemId: z.uuid(),
  status: z.enum(PLAN_ITEM_STATUSES),
  note: z.string().trim().max(2000).optional(),
  reportedBy: StaffIdSchema,
  reportedAt: z.iso.datetime({ offset: true }),
});

function progressEvent<T extends string>(type: T, topic: (typeof Topics)[keyof typeof Topics]) {
  return defineEvent({ type, schemaVersion: 1, topic, payload: progressPayload });
}

/** A department reports progress on its own plan items, on its own topic. */
export const JobCentrePlanItemProgressReported = progressEvent('job-centre.plan-item-progress-reported', Topics.jobCentreCases);
export const HealthCoordinatorPlanItemProgressReported = progressEvent(
  'health-coordinator.plan-item-progress-reported',
  Topics.healthCoordinatorContributions,
);
export const SocialPsychiatryPlanItemProgressReported = progressEvent(
  'social-psychiatry.plan-item-progress-reported',
  Topics.socialPsychiatryContributions,
);
export const CompanyConsultantPlanItemProgressReported = progressEvent(
  'company-consultant.plan-item-progress-reported',
  Topics.companyConsultantContributions,
);

export const PLAN_ITEM_PROGRESS_EVENTS: Record<Department, EventDefinition<string, typeof progressPayload>> = {
  'job-centre': JobCentrePlanItemProgressReported,
  'health-coordinator': HealthCoordinatorPlanItemProgressReported,
  'social-psychiatry': SocialPsychiatryPlanItemProgressReported,
  'company-consultant': CompanyConsultantPlanItemProgressReported,
};

export const PLAN_EVENTS = [
  PlanAdopted,
  JobCentrePlanItemProgressReported,
  HealthCoordinatorPlanItemProgressReported,
  SocialPsychiatryPlanItemProgressReported,
  CompanyConsultantPlanItemProgressReported,
] as const;
