import { z } from 'zod';

/** The members of the rehabilitation team a case needs at its meeting. */
export const TEAM_MEMBERS = [
  'employment',
  'health',
  'social',
  'region-health-coordinator', // the region's health coordinator (sundhedskoordinator)
  'company-consultant', // virksomhedskonsulent
  'education', // only for citizens under 30 without a vocational qualification
] as const;
export const TeamMemberSchema = z.enum(TEAM_MEMBERS);
export type TeamMember = z.infer<typeof TeamMemberSchema>;
