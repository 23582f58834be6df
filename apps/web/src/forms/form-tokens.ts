import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { cookieValue, SESSION_COOKIE } from '../session/session-cookie';

/** The hidden field every form carries its token in. */
export const FORM_TOKEN_FIELD = '_csrf';
/** Binds the sign-in form's token before there is a session to bind it to. */
export const PRESESSION_COOKIE = 'rehab_presession';

/**
 * Tokens against cross-site request forgery: a page's forms carry a token derived from the
 * browser's session cookie (or, before sign-in, from a random pre-session cookie), and a POST is
 * accepted only with the token of the cookie it arrives with. Another site can make the browser
 * send the cookie, but cannot read a page to learn the token.
 */
export class FormTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    // A key of its own, so a token can never be mistaken for a session signature.
    this.key = createHmac('sha256', secret).update('form-token').digest();
  }

  /** The token for the forms of the page about to be sent; starts a pre-session when there is none. */
  issue(request: Request, response: Response): string {
    let binding = bindingOf(request);
    if (binding === null) {
      const presession = randomBytes(32).toString('base64url');
      response.append('set-cookie', `${PRESESSION_COOKIE}=${presession}; Path=/; HttpOnly; SameSite=Lax`);
      binding = `presession:${presession}`;
    }
    return this.tokenFor(binding);
  }

  /** Whether the request carries the token of the cookie it came with. */
  accepts(request: Request): boolean {
    const binding = bindingOf(request);
    const given = (request.body as Record<string, unknown> | undefined)?.[FORM_TOKEN_FIELD];
    if (binding === null || typeof given !== 'string') return false;
    const expected = Buffer.from(this.tokenFor(binding));
    const actual = Buffer.from(given);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  private tokenFor(binding: string): string {
    return createHmac('sha256', this.key).update(binding).digest('base64url');
  }
}

function bindingOf(request: Request): string | null {
  const cookies = request.header('cookie');
  const session = cookieValue(cookies, SESSION_COOKIE);
  if (session) return `session:${session}`;
  const presession = cookieValue(cookies, PRESESSION_COOKIE);
  return presession ? `presession:${presession}` : null;
}
