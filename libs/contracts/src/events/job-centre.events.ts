import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics/topics';
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
  }),
});

export const JOB_CENTRE_EVENTS = [CaseReferred, PreparatoryPartSubmitted] as const;
