import { describeRole, ROLES, type Role } from '../../access/roles';

/** A person the development identity provider can sign in; never a real one. */
export interface BuiltInUser {
  username: string;
  name: string;
  roles: Role[];
  municipalities: string[];
}

/** The demo municipality every built-in user works for, and a second one to prove isolation. */
export const DEMO_MUNICIPALITY = '101';
export const SECOND_MUNICIPALITY = '147';

/**
 * One user per role in the demo municipality, named after the role ("chair",
 * "coordinating-caseworker", ...), and a coordinating caseworker of the second municipality.
 */
export const BUILT_IN_USERS: readonly BuiltInUser[] = [
  ...ROLES.map((role: Role) => ({
    username: role,
    name: `${describeRole(role).title} (udvikling)`,
    roles: [role],
    municipalities: [DEMO_MUNICIPALITY],
  })),
  {
    username: `coordinating-caseworker-${SECOND_MUNICIPALITY}`,
    name: 'Koordinerende sagsbehandler, anden kommune (udvikling)',
    roles: ['coordinating-caseworker'],
    municipalities: [SECOND_MUNICIPALITY],
  },
];

export function findBuiltInUser(username: string): BuiltInUser | undefined {
  return BUILT_IN_USERS.find((user) => user.username === username);
}
