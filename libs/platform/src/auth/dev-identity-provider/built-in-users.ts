import { type AccessRole, describeRole, ROLES, type Role, SERVICE_ROLE } from '../../access/roles';

/** A person (or, for tests, any principal) the development identity provider signs tokens for. */
export interface BuiltInUser {
  username: string;
  name: string;
  roles: AccessRole[];
  municipalities: string[];
  /** The GP clinics (SOR codes) a GP works for; put in the token's clinics claim. */
  clinics?: string[];
}

/** The demo GP clinic (Lægerne på Nørrebro), whose messages the built-in GP sees. */
export const DEMO_GP_CLINIC = '123456789012';

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
    ...(role === 'general-practitioner' ? { clinics: [DEMO_GP_CLINIC] } : {}),
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

/**
 * The services that call other services on their own behalf (client-credentials grant): the
 * GP correspondence service resolving a person at the job centre, the web pages. Their tokens
 * carry the service role only, which no person holds.
 */
export const BUILT_IN_CLIENTS: readonly BuiltInUser[] = ['gp-correspondence', 'web', 'health-coordinator'].map(
  (clientId) => ({
    username: clientId,
    name: `Service ${clientId} (udvikling)`,
    roles: [SERVICE_ROLE],
    municipalities: [DEMO_MUNICIPALITY, SECOND_MUNICIPALITY],
  }),
);

export function findBuiltInClient(clientId: string): BuiltInUser | undefined {
  return BUILT_IN_CLIENTS.find((client) => client.username === clientId);
}
