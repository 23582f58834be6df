import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics/topics';
import { ConsentPartySchema, ConsentScopeSchema, ConsentSourceSchema } from '../consent';
import { TeamMemberSchema } from '../team-members';
import { CaseTypeSchema, DepartmentSchema, SorCodeSchema, StaffIdSchema, TextSchema } from '../vocabulary';

export const CaseReferred = defineEvent({
  type: 'job-centre.case-referred',
  schemaVersion: 1,
  topic: Topics.jobCentreCases,
  payload: z.object({
    caseId: z.uuid(),
    /** Pseudonymous: the CPR number stays at the job centre. */
    personId: z.uuid(),
    caseType: CaseTypeSchema,
    coordinatingCaseworkerId: StaffIdSchema,
    requiredDepartments: z.array(DepartmentSchema).min(1),
    generalPractitioner: z.object({ sorCode: SorCodeSchema, name: z.string().min(1).max(200) }),
    referredAt: z.iso.datetime({ offset: true }),
    /** Added later: the team members the case needs; never the citizen's age. */
    requiredMembers: z.array(TeamMemberSchema).min(1).optional(),
  }),
});

/** The preparatory part of the plan (forberedende del) is the job centre's contribution. */
export const PreparatoryPartSubmitted = defineEvent({
  type: 'job-centre.preparatory-part-submitted',
  schemaVersion: 1,
  topic: Topics.jobCentreCases,
  payload: z.object({
    caseId: z.uuid(),
    contributionId: z.uuid(),
    version: z.number().int().positive(),
    sections: z.object({
      educationAndJobGoals: TextSchema,
      workExperience: TextSchema,
      resourcesAndNetwork: TextSchema,
      challenges: TextSchema,
      healthSituation: TextSchema,
      incomeSupportHistory: TextSchema,
      gpAssessment: TextSchema,
    }),
    submittedBy: StaffIdSchema,
    submittedAt: z.iso.datetime({ offset: true }),
    /** Added later: what is attached to this version; the content stays at the job centre. */
    attachments: z
      .array(
        z.object({
          attachmentId: z.uuid(),
          title: z.string().min(1).max(200),
          mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
          sizeBytes: z.number().int().positive(),
        }),
      )
      .optional(),
  }),
});

/** The citizen's consent (samtykke) to obtain or share information, with one party. */
export const ConsentRecorded = defineEvent({
  type: 'job-centre.consent-recorded',
  schemaVersion: 1,
  topic: Topics.jobCentreCases,
  payload: z.object({
    consentId: z.uuid(),
    caseId: z.uuid(),
    /** Pseudonymous: the CPR number stays at the job centre. */
    personId: z.uuid(),
    scope: ConsentScopeSchema,
    party: ConsentPartySchema,
    givenAt: z.iso.datetime({ offset: true }),
    recordedBy: StaffIdSchema,
    recordedAt: z.iso.datetime({ offset: true }),
    /** Added later: how the citizen gave it; absent on consents recorded before it was kept. */
    source: ConsentSourceSchema.optional(),
  }),
});

/** A withdrawn consent stops further obtaining or sharing under it; the consent itself is kept. */
export const ConsentWithdrawn = defineEvent({
  type: 'job-centre.consent-withdrawn',
  schemaVersion: 1,
  topic: Topics.jobCentreCases,
  payload: z.object({
    consentId: z.uuid(),
    caseId: z.uuid(),
    personId: z.uuid(),
    scope: ConsentScopeSchema,
    party: ConsentPartySchema,
    withdrawnAt: z.iso.datetime({ offset: true }),
    withdrawnBy: StaffIdSchema,
  }),
});

/** A resource programme (ressourceforløb) extended without a new meeting, because nothing new has happened. */
export const ResourceProgrammeExtended = defineEvent({
  type: 'job-centre.resource-programme-extended',
  schemaVersion: 1,
  topic: Topics.jobCentreCases,
  payload: z.object({
    caseId: z.uuid(),
    extensionId: z.uuid(),
    nothingNew: z.literal(true),
    reason: TextSchema,
    decisionMakerId: StaffIdSchema,
    extendedUntil: z.iso.date().optional(),
    recordedBy: StaffIdSchema,
    recordedAt: z.iso.datetime({ offset: true }),
  }),
});

/** The first activity of a decided resource programme has started. */
export const ResourceProgrammeActivityStarted = defineEvent({
  type: 'job-centre.resource-programme-activity-started',
  schemaVersion: 1,
  topic: Topics.jobCentreCases,
  payload: z.object({
    caseId: z.uuid(),
    startedAt: z.iso.datetime({ offset: true }),
    recordedBy: StaffIdSchema,
  }),
});

/** The case goes back to the rehabilitation team, e.g. no activity started within 6 months of the decision. */
export const CaseRePresented = defineEvent({
  type: 'job-centre.case-re-presented',
  schemaVersion: 1,
  topic: Topics.jobCentreCases,
  payload: z.object({
    caseId: z.uuid(),
    reason: z.enum(['no-activity-within-six-months']),
    reasonText: TextSchema,
    decidedAt: z.iso.datetime({ offset: true }),
    rePresentedAt: z.iso.datetime({ offset: true }),
  }),
});

export const JOB_CENTRE_EVENTS = [
  CaseReferred,
  PreparatoryPartSubmitted,
  ConsentRecorded,
  ConsentWithdrawn,
  ResourceProgrammeExtended,
  ResourceProgrammeActivityStarted,
  CaseRePresented,
] as const;
