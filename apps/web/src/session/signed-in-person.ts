import { isRole, type Role } from '@rehab/platform';

/** Who is signed in: a staff id, a name to greet, one role and the municipality they work for. */
export interface SignedInPerson {
  id: string;
  name: string;
  role: Role;
  municipality: string;
  /**
   * The identity provider's bearer token, sent to the services on the person's behalf. Every
   * sign-in has one; a page that calls no service can be rendered without it.
   */
  token?: string;
}

const BEARER_TOKEN = /^[A-Za-z0-9._~+/=-]{1,8000}$/;

const STAFF_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const MUNICIPALITY = /^\d{3}$/;

export function toSignedInPerson(value: unknown): SignedInPerson | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, role, municipality, token } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !STAFF_ID.test(id)) return null;
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) return null;
  if (!isRole(role)) return null;
  if (typeof municipality !== 'string' || !MUNICIPALITY.test(municipality)) return null;
  if (token !== undefined && (typeof token !== 'string' || !BEARER_TOKEN.test(token))) return null;
  return { id, name, role, municipality, ...(token === undefined ? {} : { token }) };
}
