import { z } from 'zod';

/** The case types a job centre may put before the rehabilitation team. */
export const CASE_TYPES = [
  'resource-programme', // ressourceforløb
  'job-clarification', // jobafklaringsforløb
  'flex-job', // fleksjob
  'self-employed-subsidy', // tilskud til selvstændigt erhvervsdrivende
  'disability-pension', // førtidspension
] as const;
export const CaseTypeSchema = z.enum(CASE_TYPES);
export type CaseType = z.infer<typeof CaseTypeSchema>;

/** Departments that contribute to a case's dossier. */
export const DEPARTMENTS = ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'] as const;
export const DepartmentSchema = z.enum(DEPARTMENTS);
export type Department = z.infer<typeof DepartmentSchema>;

/** The one outcome a joint recommendation (indstilling) recommends. */
export const RECOMMENDATION_OUTCOMES = [
  'resource-programme',
  'job-clarification',
  'flex-job',
  'self-employed-subsidy',
  'disability-pension',
] as const;
export const RecommendationOutcomeSchema = z.enum(RECOMMENDATION_OUTCOMES);
export type RecommendationOutcome = z.infer<typeof RecommendationOutcomeSchema>;

/** A SOR code identifies a health-care unit such as a GP clinic in the Danish SOR register. */
export const SorCodeSchema = z.string().regex(/^\d{6,18}$/, 'must be a SOR code (6 to 18 digits)');

export const StaffIdSchema = z.string().min(1).max(100);
export const TextSchema = z.string().trim().min(1).max(20_000);
