import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestContexts } from '@rehab/messaging';
import type { Request } from 'express';
import { SERVICE_ROLE } from '../access/roles';
import { BearerTokenVerifier, IdentityProviderUnavailableError, TokenRefusedError } from './bearer-token-verifier';
import { requireOwnMunicipality } from './municipality-access';
import type { Principal } from './principal';
import { ROUTE_ACCESS, type RouteAccess } from './route-access.decorator';

/** The request as the guard leaves it: with the verified principal on routes that need one. */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/** The verified principal of a role route; a handler of such a route may rely on it. */
export function principalOf(request: Request): Principal {
  const principal = (request as AuthenticatedRequest).principal;
  if (!principal) throw new UnauthorizedException('Sign in: this route needs a verified bearer token.');
  return principal;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

/** The access declared on the handler, or else on its controller. */
export function routeAccessOf(reflector: Reflector, context: ExecutionContext): RouteAccess | undefined {
  return reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [context.getHandler(), context.getClass()]);
}

/**
 * A municipality named in the query or the body (a list's filter, a meeting to schedule) must
 * be one of the caller's own; a machine caller acts for the whole installation.
 */
function refuseAnotherMunicipality(request: Request, principal: Principal): void {
  if (principal.roles.includes(SERVICE_ROLE)) return;
  const named = [
    (request.query as Record<string, unknown> | undefined)?.municipality,
    (request.body as Record<string, unknown> | undefined)?.municipality,
  ].filter((value): value is string => typeof value === 'string');
  for (const municipality of named) requireOwnMunicipality(principal, municipality);
}

/**
 * Denies by default: a route that declares nothing is refused, a public route is open, and a
 * role route needs a verified bearer token carrying one of its roles. The verified principal
 * becomes the request's actor, so events and audit records name the signed-in user.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: BearerTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = routeAccessOf(this.reflector, context);
    if (!access) {
      throw new ForbiddenException('This route declares no access rule, so it is closed to everyone.');
    }
    if (access.kind === 'public' || access.kind === 'session-pages') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = BEARER.exec(request.header('authorization') ?? '');
    if (!match) throw new UnauthorizedException('Sign in: send an OIDC bearer token in the Authorization header.');
    let principal: Principal;
    try {
      principal = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof TokenRefusedError) throw new UnauthorizedException(error.message);
      if (error instanceof IdentityProviderUnavailableError) throw new ServiceUnavailableException(error.message);
      throw error;
    }
    const role = access.roles.find((allowed) => principal.roles.includes(allowed));
    if (!role) {
      throw new ForbiddenException(`This route is for the roles: ${access.roles.join(', ')}.`);
    }
    refuseAnotherMunicipality(request, principal);
    request.principal = principal;
    const requestContext = RequestContexts.current();
    // The context object is the request's own: the verified token names who acts.
    if (requestContext) {
      requestContext.actor =
        role === SERVICE_ROLE
          ? { kind: 'service', id: principal.userId }
          : { kind: 'user', id: principal.userId, role };
    }
    return true;
  }
}
