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

/** The roles that work in a department's queue. */
export function rolesOfDepartment(department: Department): Role[] {
  return ROLES.filter((role) => DESCRIPTIONS[role].department === department);
}
