import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ROUTE_ACCESS, type RouteAccess } from './route-access.decorator';

/** One HTTP route as its controller declares it, e.g. "GET dossiers/:caseId (DossiersController.get)". */
export interface DeclaredRoute {
  method: string;
  path: string;
  handler: string;
}

const METHOD_NAMES = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

function joinPath(...parts: unknown[]): string {
  return parts
    .flatMap((part) => (Array.isArray(part) ? part.map(String) : typeof part === 'string' ? [part] : []))
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
}

/** A route with what it declares about who may use it (undefined: nothing). */
export interface RouteWithAccess extends DeclaredRoute {
  access: RouteAccess | undefined;
}

/**
 * Every route of the application that declares neither @AllowRoles nor @PublicRoute. The
 * guard refuses them, and a service with any does not start: "nothing is open by default" is
 * checked rather than promised.
 */
export function undeclaredRoutes(app: INestApplication): DeclaredRoute[] {
  return routesOf(app)
    .filter((route) => !route.access)
    .map(({ method, path, handler }) => ({ method, path, handler }));
}

/**
 * Every route of the application, read from its controllers as Nest registers them (path
 * without the global prefix), with its access declaration.
 */
export function routesOf(app: INestApplication): RouteWithAccess[] {
  const reflector = new Reflector();
  const found: RouteWithAccess[] = [];
  const seen = new Set<unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const access = reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [handler, controller]);
        const method = METHOD_NAMES[Reflect.getMetadata(METHOD_METADATA, handler) as number] ?? 'GET';
        found.push({
          method,
          path: joinPath(Reflect.getMetadata(PATH_METADATA, controller), path),
          handler: `${controller.name}.${name}`,
          access,
        });
      }
    }
  }
  return found;
}
