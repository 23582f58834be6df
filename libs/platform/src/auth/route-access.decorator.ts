import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Role } from '../access/roles';

export const ROUTE_ACCESS = 'rehab:route-access';

/** What a route declares about who may use it. A route without a declaration is refused. */
export type RouteAccess = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/**
 * Only callers holding one of these roles may use the route (or every route of the
 * controller). Municipality and need-to-know checks still happen in the handler.
 */
export function AllowRoles(...roles: [Role, ...Role[]]): ClassDecorator & MethodDecorator {
  const access: RouteAccess = { kind: 'roles', roles };
  return applyDecorators(SetMetadata(ROUTE_ACCESS, access), ApiBearerAuth());
}

/** Open without sign-in: health, metrics, API documents and the identity provider's own endpoints. */
export function PublicRoute(): ClassDecorator & MethodDecorator {
  const access: RouteAccess = { kind: 'public' };
  return SetMetadata(ROUTE_ACCESS, access);
}
