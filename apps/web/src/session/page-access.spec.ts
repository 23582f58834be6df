import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForRoles, NotForYourRole, PageAccessGuard, SignInRequired } from './page-access';
import { SESSION_COOKIE, SessionCookie } from './session-cookie';

class Pages {
  @ForRoles('chair', 'decision-maker')
  meeting(): void {}

  signIn(): void {}
}

describe('PageAccessGuard', () => {
  const sessions = new SessionCookie('secret');
  const guard = new PageAccessGuard(new Reflector(), sessions);

  function contextFor(
    handler: keyof Pages,
    cookie?: string,
  ): { context: ExecutionContext; request: Record<string, unknown> } {
    const request: Record<string, unknown> = { header: (name: string) => (name === 'cookie' ? cookie : undefined) };
    const context = {
      getHandler: () => Pages.prototype[handler],
      getClass: () => Pages,
      switchToHttp: () => ({ getRequest: () => request }),
    } as unknown as ExecutionContext;
    return { context, request };
  }

  const cookieOf = (role: 'chair' | 'general-practitioner') =>
    `${SESSION_COOKIE}=${sessions.seal({ id: `${role}-1`, name: 'N', role, municipality: '101' })}`;

  it('should let a role the page names in and remember the person when the cookie is valid', () => {
    const { context, request } = contextFor('meeting', cookieOf('chair'));
    expect(guard.canActivate(context)).toBe(true);
    expect(request.person).toMatchObject({ role: 'chair' });
  });

  it('should refuse a role the page does not name', () => {
    expect(() => guard.canActivate(contextFor('meeting', cookieOf('general-practitioner')).context)).toThrow(
      NotForYourRole,
    );
  });

  it('should ask for sign-in when there is no valid cookie', () => {
    expect(() => guard.canActivate(contextFor('meeting').context)).toThrow(SignInRequired);
    expect(() => guard.canActivate(contextFor('meeting', `${SESSION_COOKIE}=forged.value`).context)).toThrow(
      SignInRequired,
    );
  });

  it('should let anyone see a page that names no roles', () => {
    expect(guard.canActivate(contextFor('signIn').context)).toBe(true);
  });
});
