import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { AccessRole } from '../access/roles';

export const ROUTE_ACCESS = 'rehab:route-access';

/** What a route declares about who may use it. A route without a declaration is refused. */
export type RouteAccess =
  { kind: 'public' } | { kind: 'roles'; roles: readonly AccessRole[] } | { kind: 'session-pages' };

/**
 * Only callers holding one of these roles may use the route (or every route of the
 * controller). Municipality and need-to-know checks still happen in the handler.
 */
export function AllowRoles(...roles: [AccessRole, ...AccessRole[]]): ClassDecorator & MethodDecorator {
  const access: RouteAccess = { kind: 'roles', roles };
  return applyDecorators(SetMetadata(ROUTE_ACCESS, access), ApiBearerAuth());
}

/** Open without sign-in: health, metrics, API documents and the identity provider's own endpoints. */
export function PublicRoute(): ClassDecorator & MethodDecorator {
  const access: RouteAccess = { kind: 'public' };
  return SetMetadata(ROUTE_ACCESS, access);
}

/**
 * Web pages whose access the web application's session sign-in decides, page by page (the
 * pages name their roles themselves). The bearer-token guard lets them through to that check;
 * the pages hold no data of their own and reach the services only with the signed-in
 * person's token.
 */
export function SessionPages(): ClassDecorator & MethodDecorator {
  const access: RouteAccess = { kind: 'session-pages' };
  return SetMetadata(ROUTE_ACCESS, access);
}
