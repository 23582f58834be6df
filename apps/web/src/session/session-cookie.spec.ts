import { cookieValue, SessionCookie } from './session-cookie';
import type { SignedInPerson } from './signed-in-person';

const person: SignedInPerson = { id: 'chair-1', name: 'Mette Mødeleder', role: 'chair', municipality: '101' };

describe('SessionCookie', () => {
  const cookie = new SessionCookie('a-test-secret');

  it('should give back the person when the cookie it sealed is opened', () => {
    expect(cookie.open(cookie.seal(person))).toEqual(person);
  });

  it('should refuse a cookie when its content was changed', () => {
    const [body, signature] = cookie.seal(person).split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), role: 'decision-maker' }),
    ).toString('base64url');
    expect(cookie.open(`${forged}.${signature}`)).toBeNull();
  });

  it('should refuse a cookie when it was signed with another secret', () => {
    expect(new SessionCookie('another-secret').open(cookie.seal(person))).toBeNull();
  });

  it('should refuse a cookie when it has expired', () => {
    const sealed = cookie.seal(person, new Date('2026-01-01T08:00:00Z'));
    expect(cookie.open(sealed, new Date('2026-01-01T17:00:00Z'))).toBeNull();
  });

  it('should refuse a cookie when it names an unknown role', () => {
    const forged = new SessionCookie('a-test-secret');
    const sealed = forged.seal({ ...person, role: 'admin' as never });
    expect(cookie.open(sealed)).toBeNull();
  });

  it('should find one cookie among several when reading the header', () => {
    expect(cookieValue('a=1; rehab_session=x.y; b=2', 'rehab_session')).toBe('x.y');
    expect(cookieValue(undefined, 'rehab_session')).toBeUndefined();
  });
});
