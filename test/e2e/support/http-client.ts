export interface HttpResult<T = unknown> {
  status: number;
  body: T;
}

import { asWholeTeam } from '../../support/identity';

/**
 * A small JSON client for driving the services through their public APIs, signed in as the
 * whole team of municipality 101 (user e2e-tester) unless the headers carry another token.
 */
export async function http<T = unknown>(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResult<T>> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(await asWholeTeam('e2e-tester')), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON; keep the text
  }
  return { status: response.status, body: parsed as T };
}

export async function expectStatus<T = unknown>(
  result: Promise<HttpResult<T>>,
  status: number,
  what: string,
): Promise<T> {
  const settled = await result;
  if (settled.status !== status) {
    throw new Error(`${what}: expected HTTP ${status}, got ${settled.status}: ${JSON.stringify(settled.body)}`);
  }
  return settled.body;
}
