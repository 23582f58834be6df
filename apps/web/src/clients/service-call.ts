import { RequestContexts } from '@rehab/messaging';
import type { SignedInPerson } from '../session/signed-in-person';

/** A service refused what was asked (HTTP 4xx); its message says why, and the form shows it. */
export class ServiceRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A service could not be reached or failed (HTTP 5xx); the page says so without details. */
export class ServiceUnavailable extends Error {}

function messageOf(body: unknown, status: number): string {
  const message = (body as { message?: unknown } | null)?.message;
  if (Array.isArray(message)) return message.map(String).join(' ');
  if (typeof message === 'string' && message.length > 0) return message;
  return `The service answered HTTP ${status}.`;
}

/**
 * Calls another service's REST API as the signed-in person: their bearer token tells the
 * service who acts, in which role and for which municipality, and the correlation id follows
 * one request across services.
 */
export async function callService<T>(
  person: SignedInPerson | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (person?.token) headers.authorization = `Bearer ${person.token}`;
  const correlationId = RequestContexts.current()?.correlationId;
  if (correlationId) headers['x-correlation-id'] = correlationId;
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ServiceUnavailable(`A service could not be reached (${method} ${new URL(url).host}).`);
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (response.status >= 400 && response.status < 500)
    throw new ServiceRefusal(response.status, messageOf(parsed, response.status));
  if (!response.ok) throw new ServiceUnavailable(`A service failed (HTTP ${response.status}).`);
  return parsed as T;
}

/** Like callService, but a 404 is an answer: the thing does not exist (yet). */
export async function findInService<T>(person: SignedInPerson | null, url: string): Promise<T | null> {
  try {
    return await callService<T>(person, 'GET', url);
  } catch (error) {
    if (error instanceof ServiceRefusal && error.status === 404) return null;
    throw error;
  }
}
