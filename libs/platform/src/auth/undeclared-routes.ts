import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ROUTE_ACCESS } from './route-access.decorator';

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

/**
 * Every route of the application that declares neither @AllowRoles nor @PublicRoute. The
 * guard refuses them; listing them at start-up makes "nothing is open by default" checkable
 * rather than a promise.
 */
export function undeclaredRoutes(app: INestApplication): DeclaredRoute[] {
  const reflector = new Reflector();
  const found: DeclaredRoute[] = [];
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
        const declared = reflector.getAllAndOverride<unknown>(ROUTE_ACCESS, [handler, controller]);
        if (declared) continue;
        const method = METHOD_NAMES[Reflect.getMetadata(METHOD_METADATA, handler) as number] ?? 'GET';
        found.push({
          method,
          path: joinPath(Reflect.getMetadata(PATH_METADATA, controller), path),
          handler: `${controller.name}.${name}`,
        });
      }
    }
  }
  return found;
}
