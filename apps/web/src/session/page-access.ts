import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Role, SessionPages } from '@rehab/platform';
import type { Request } from 'express';
import { cookieValue, SESSION_COOKIE, SessionCookie } from './session-cookie';
import type { SignedInPerson } from './signed-in-person';

const PAGE_ROLES = 'web:page-roles';

/**
 * The roles that may see a page, or post its form. It is also the page's access declaration
 * for the services' deny-by-default check: a page route without it (or @PublicRoute, as the
 * sign-in has) stops the web application from starting.
 */
export const ForRoles = (...roles: Role[]) => applyDecorators(SetMetadata(PAGE_ROLES, roles), SessionPages());

export class SignInRequired extends Error {}
export class NotForYourRole extends Error {}

type RequestWithPerson = Request & { person?: SignedInPerson };

/** Reads the signed session cookie and lets a request through only in a role the page names. */
@Injectable()
export class PageAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionCookie,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(PAGE_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<RequestWithPerson>();
    const person = this.sessions.open(cookieValue(request.header('cookie'), SESSION_COOKIE));
    if (person) request.person = person;
    if (!roles) return true;
    if (!person) throw new SignInRequired();
    if (!roles.includes(person.role)) throw new NotForYourRole();
    return true;
  }
}

/** The signed-in person of a page that names its roles. */
export const CurrentPerson = createParamDecorator((_: unknown, context: ExecutionContext): SignedInPerson => {
  const person = context.switchToHttp().getRequest<RequestWithPerson>().person;
  if (!person) throw new SignInRequired();
  return person;
});
