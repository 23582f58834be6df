import { ROLES, type Role } from '@rehab/platform';

const NAMES: Record<Role, string> = {
  'coordinating-caseworker': 'Karin Koordinator',
  'member-job-centre': 'Jens Jobcenter',
  'member-health-coordinator': 'Sara Sundhed',
  'member-social-psychiatry': 'Peter Psykiatri',
  'member-company-consultant': 'Vibeke Virksomhed',
  chair: 'Mette Mødeleder',
  'minute-taker': 'Rasmus Referent',
  'health-coordinator': 'Helle Sundhedskoordinator',
  'decision-maker': 'Anders Afgørelse',
  'general-practitioner': 'Lise Larsen, praktiserende læge',
  operator: 'Ole Drift',
};

/**
 * The people the development sign-in offers, one per role. Development only: a real
 * deployment signs people in through the municipality's identity provider.
 */
export const DEVELOPMENT_PEOPLE: readonly { id: string; name: string; role: Role }[] = ROLES.map((role) => ({
  id: `${role}-1`,
  name: NAMES[role],
  role,
}));

/**
 * The municipalities the development identity provider has users in: every role in 101, and a
 * coordinating caseworker in 147 to try one municipality against another.
 */
export const DEVELOPMENT_MUNICIPALITIES = [
  { code: '101', name: 'København' },
  { code: '147', name: 'Frederiksberg' },
] as const;
