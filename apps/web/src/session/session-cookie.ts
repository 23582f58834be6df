import { createHmac, timingSafeEqual } from 'node:crypto';
import { toSignedInPerson, type SignedInPerson } from './signed-in-person';

export const SESSION_COOKIE = 'rehab_session';
const MAX_AGE_SECONDS = 8 * 60 * 60;

/** The session cookie: the person as base64url JSON, an expiry, and an HMAC over both. */
export class SessionCookie {
  constructor(private readonly secret: string) {}

  seal(person: SignedInPerson, now = new Date()): string {
    const body = Buffer.from(JSON.stringify({ ...person, exp: Math.floor(now.getTime() / 1000) + MAX_AGE_SECONDS }));
    const encoded = body.toString('base64url');
    return `${encoded}.${this.signature(encoded)}`;
  }

  open(value: string | undefined, now = new Date()): SignedInPerson | null {
    if (!value) return null;
    const [encoded, signature, ...rest] = value.split('.');
    if (!encoded || !signature || rest.length > 0) return null;
    const expected = Buffer.from(this.signature(encoded));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    const exp = (parsed as { exp?: unknown }).exp;
    if (typeof exp !== 'number' || exp * 1000 < now.getTime()) return null;
    return toSignedInPerson(parsed);
  }

  /** The Set-Cookie attributes: not readable by scripts, sent only to this site. */
  static attributes(secure: boolean): string {
    return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${MAX_AGE_SECONDS}${secure ? '; Secure' : ''}`;
  }

  private signature(encoded: string): string {
    return createHmac('sha256', this.secret).update(encoded).digest('base64url');
  }
}

/** Reads one cookie from a Cookie header without a parser dependency. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}
