import type { ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PageRenderer } from '../rendering/page-renderer';
import { SESSION_COOKIE } from '../session/session-cookie';
import { FormTokenGuard, FormTokenRefused } from './form-token.guard';
import { FORM_TOKEN_FIELD, FormTokens, PRESESSION_COOKIE } from './form-tokens';

function aRequest(overrides: { cookie?: string; body?: Record<string, unknown>; method?: string } = {}): Request {
  const headers: Record<string, string | undefined> = { cookie: overrides.cookie };
  return {
    method: overrides.method ?? 'POST',
    body: overrides.body ?? {},
    header: (name: string) => headers[name.toLowerCase()],
  } as unknown as Request;
}

function aResponse(): Response & { cookies: string[] } {
  const cookies: string[] = [];
  return {
    cookies,
    append: (name: string, value: string) => {
      if (name === 'set-cookie') cookies.push(value);
    },
  } as unknown as Response & { cookies: string[] };
}

function contextOf(request: Request): ExecutionContext {
  return { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

describe('FormTokens', () => {
  const tokens = new FormTokens('a-test-secret');
  const session = `${SESSION_COOKIE}=c2Vzc2lvbg.c2lnbmF0dXJl`;

  it('should accept a post when it carries the token its session was given', () => {
    const token = tokens.issue(aRequest({ cookie: session, method: 'GET' }), aResponse());
    expect(tokens.accepts(aRequest({ cookie: session, body: { [FORM_TOKEN_FIELD]: token } }))).toBe(true);
  });

  it('should refuse a post when the token is missing, wrong or from another session', () => {
    const token = tokens.issue(aRequest({ cookie: session, method: 'GET' }), aResponse());
    expect(tokens.accepts(aRequest({ cookie: session }))).toBe(false);
    expect(tokens.accepts(aRequest({ cookie: session, body: { [FORM_TOKEN_FIELD]: `${token}x` } }))).toBe(false);
    expect(tokens.accepts(aRequest({ cookie: session, body: { [FORM_TOKEN_FIELD]: ['a'] } }))).toBe(false);
    const other = `${SESSION_COOKIE}=b3RoZXI.c2lnbmF0dXJl`;
    expect(tokens.accepts(aRequest({ cookie: other, body: { [FORM_TOKEN_FIELD]: token } }))).toBe(false);
    expect(tokens.accepts(aRequest({ body: { [FORM_TOKEN_FIELD]: token } }))).toBe(false);
  });

  it('should refuse a token when it was made with another secret', () => {
    const token = new FormTokens('another-secret').issue(aRequest({ cookie: session }), aResponse());
    expect(tokens.accepts(aRequest({ cookie: session, body: { [FORM_TOKEN_FIELD]: token } }))).toBe(false);
  });

  it('should bind the sign-in form to a new pre-session cookie when there is no session', () => {
    const response = aResponse();
    const token = tokens.issue(aRequest({ method: 'GET' }), response);
    expect(response.cookies).toHaveLength(1);
    expect(response.cookies[0]).toMatch(
      new RegExp(`^${PRESESSION_COOKIE}=[\\w-]{43}; Path=/; HttpOnly; SameSite=Lax$`),
    );
    const presession = response.cookies[0].split(';')[0];
    expect(tokens.accepts(aRequest({ cookie: presession, body: { [FORM_TOKEN_FIELD]: token } }))).toBe(true);
    // Each browser gets its own pre-session, so one browser's token is worthless in another.
    const second = aResponse();
    tokens.issue(aRequest({ method: 'GET' }), second);
    const elsewhere = second.cookies[0].split(';')[0];
    expect(tokens.accepts(aRequest({ cookie: elsewhere, body: { [FORM_TOKEN_FIELD]: token } }))).toBe(false);
  });

  it('should not start a pre-session when the browser already has a session', () => {
    const response = aResponse();
    tokens.issue(aRequest({ cookie: session, method: 'GET' }), response);
    expect(response.cookies).toEqual([]);
  });
});

describe('FormTokenGuard', () => {
  const tokens = new FormTokens('a-test-secret');
  const guard = new FormTokenGuard(tokens);
  const session = `${SESSION_COOKIE}=c2Vzc2lvbg.c2lnbmF0dXJl`;

  it('should let reads through without a token when the method changes nothing', () => {
    expect(guard.canActivate(contextOf(aRequest({ method: 'GET' })))).toBe(true);
    expect(guard.canActivate(contextOf(aRequest({ method: 'HEAD' })))).toBe(true);
  });

  it('should refuse a post, put or delete when it has no valid token', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      expect(() => guard.canActivate(contextOf(aRequest({ cookie: session, method })))).toThrow(FormTokenRefused);
    }
  });

  it('should let a post through when its token matches its session', () => {
    const token = tokens.issue(aRequest({ cookie: session, method: 'GET' }), aResponse());
    const request = aRequest({ cookie: session, body: { [FORM_TOKEN_FIELD]: token } });
    expect(guard.canActivate(contextOf(request))).toBe(true);
  });
});

describe('the form token field', () => {
  const renderer = new PageRenderer();
  const chair = { id: 'chair-1', name: 'Mette Mødeleder', role: 'chair' as const, municipality: '101' };

  it('should put the page token in every form when a page with forms is rendered', () => {
    const html = renderer.render(
      'calendar',
      { title: 'Møder', meetings: [], maySchedule: true, refusal: null, formToken: 'tok&en' },
      chair,
    );
    const forms = html.match(/<form [^>]*method="post"[^>]*>/g) ?? [];
    const fields = html.match(/<input type="hidden" name="_csrf" value="tok&amp;en">/g) ?? [];
    // The calendar's scheduling form and the sign-out form in the header.
    expect(forms).toHaveLength(2);
    expect(fields).toHaveLength(2);
  });
});
