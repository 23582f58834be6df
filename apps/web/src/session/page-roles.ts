import type { Role } from '@rehab/platform';

/** Who works on the team's cases: the calendar, the agenda, the dossier and the live meeting. */
export const TEAM: Role[] = [
  'coordinating-caseworker',
  'member-job-centre',
  'member-health-coordinator',
  'member-social-psychiatry',
  'member-company-consultant',
  'chair',
  'minute-taker',
  'health-coordinator',
  'decision-maker',
];
/** Who runs the meeting: schedules it, records attendance, the citizen's presence and the recommendation. */
export const MEETING_RUNNERS: Role[] = ['chair', 'minute-taker'];
export const DECIDERS: Role[] = ['decision-maker'];
export const DEPARTMENT_WORKERS: Role[] = [
  'coordinating-caseworker',
  'member-job-centre',
  'member-health-coordinator',
  'member-social-psychiatry',
  'member-company-consultant',
];
export const REFERRERS: Role[] = ['coordinating-caseworker'];
export const GENERAL_PRACTITIONERS: Role[] = ['general-practitioner'];
export const STATISTICS_READERS: Role[] = [...TEAM, 'operator'];
