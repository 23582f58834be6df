import type { Department } from '@rehab/contracts';

/**
 * The roles a person works in. Sign-in (today a development sign-in, later the
 * municipality's identity provider) gives a person exactly one of them; pages and services
 * decide what that role may see and do from this one list.
 */
export const ROLES = [
  'coordinating-caseworker', // koordinerende sagsbehandler
  'member-job-centre',
  'member-health-coordinator',
  'member-social-psychiatry',
  'member-company-consultant',
  'chair', // mødeleder
  'minute-taker', // referent
  'health-coordinator', // the region's sundhedskoordinator
  'decision-maker',
  'general-practitioner', // egen læge
  'operator',
] as const;
export type Role = (typeof ROLES)[number];

export interface RoleDescription {
  role: Role;
  /** The Danish title people know the role by. */
  title: string;
  /** The department whose work queue the role works in, if any. */
  department: Department | null;
  /**
   * Whether the role may read health data: the health assessment and the GP certificate
   * (LÆ 265). The rule is explicit so that it can be tested and reviewed in one place.
   */
  readsHealthData: boolean;
}

const DESCRIPTIONS: Record<Role, Omit<RoleDescription, 'role'>> = {
  'coordinating-caseworker': { title: 'Koordinerende sagsbehandler', department: 'job-centre', readsHealthData: true },
  'member-job-centre': { title: 'Teammedlem, jobcenter', department: 'job-centre', readsHealthData: false },
  'member-health-coordinator': {
    title: 'Teammedlem, sundhed',
    department: 'health-coordinator',
    readsHealthData: true,
  },
  'member-social-psychiatry': {
    title: 'Teammedlem, social og psykiatri',
    department: 'social-psychiatry',
    readsHealthData: false,
  },
  'member-company-consultant': {
    title: 'Teammedlem, virksomhedskonsulent',
    department: 'company-consultant',
    readsHealthData: false,
  },
  chair: { title: 'Mødeleder', department: null, readsHealthData: true },
  'minute-taker': { title: 'Referent', department: null, readsHealthData: false },
  'health-coordinator': { title: 'Sundhedskoordinator (regionen)', department: null, readsHealthData: true },
  'decision-maker': { title: 'Afgørelseskompetent', department: null, readsHealthData: true },
  'general-practitioner': { title: 'Egen læge', department: null, readsHealthData: false },
  operator: { title: 'Driftsansvarlig', department: null, readsHealthData: false },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function describeRole(role: Role): RoleDescription {
  return { role, ...DESCRIPTIONS[role] };
}

export function mayReadHealthData(role: Role): boolean {
  return DESCRIPTIONS[role].readsHealthData;
}

/**
 * The role of a machine caller: one service asking another (the GP correspondence service
 * resolving a person at the job centre, the web pages acting for nobody in particular). It is
 * granted by the client-credentials grant only, never to a person, so it is kept out of ROLES.
 */
export const SERVICE_ROLE = 'service';
export type ServiceRole = typeof SERVICE_ROLE;

/** Any role a route may name: a person's role or the service role. */
export type AccessRole = Role | ServiceRole;

export function isAccessRole(value: unknown): value is AccessRole {
  return value === SERVICE_ROLE || isRole(value);
}

/** Whether any of the given roles may read health data; the service role never may. */
export function mayAnyReadHealthData(roles: readonly AccessRole[]): boolean {
  return roles.some((role) => isRole(role) && mayReadHealthData(role));
}

/**
 * The people of the rehabilitation team (and the decision maker): everyone who prepares,
 * attends or decides a case, but not the GP and not the operator.
 */
export const TEAM_ROLES = [
  'coordinating-caseworker',
  'member-job-centre',
  'member-health-coordinator',
  'member-social-psychiatry',
  'member-company-consultant',
  'chair',
  'minute-taker',
  'health-coordinator',
  'decision-maker',
] as const satisfies readonly Role[];

/** The roles that may read health data (see mayReadHealthData), for routes that answer with them. */
export const HEALTH_DATA_ROLES = [
  'coordinating-caseworker',
  'member-health-coordinator',
  'chair',
  'health-coordinator',
  'decision-maker',
] as const satisfies readonly Role[];

/** Those who run the meeting: the chair leads it and the minute-taker records it. */
export const MEETING_ROLES = ['chair', 'minute-taker'] as const satisfies readonly Role[];

/**
 * The roles that contribute for a department and alone see its drafts: the department's queue,
 * and for the health coordinator's department also the region's health coordinator, who gives
 * the health assessment.
 */
export function contributorsOf(department: Department): [Role, ...Role[]] {
  const [first, ...rest] = rolesOfDepartment(department);
  if (!first) throw new Error(`No role works the ${department} queue`);
  return department === 'health-coordinator' ? [first, ...rest, 'health-coordinator'] : [first, ...rest];
}

/** Every role that contributes for some department: who may open a department's queue at all. */
export const CONTRIBUTOR_ROLES = [
  'coordinating-caseworker',
  'member-job-centre',
  'member-health-coordinator',
  'member-social-psychiatry',
  'member-company-consultant',
  'health-coordinator',
] as const satisfies readonly Role[];

/** The roles that work in a department's queue. */
export function rolesOfDepartment(department: Department): Role[] {
  return ROLES.filter((role) => DESCRIPTIONS[role].department === department);
}
