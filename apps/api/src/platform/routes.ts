import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { isPermission, type Permission } from '@contract-ledger/application';
import { PERMISSION_KEY, PUBLIC_KEY } from './auth/decorators';

export interface RoutePermission {
  readonly method: string;
  /** Fastify form: `/api/v1/tenders/:tenderId/publish`. */
  readonly path: string;
  readonly controller: string;
  readonly handler: string;
  /** undefined for @Public() infrastructure routes. */
  readonly permission: Permission | undefined;
  readonly public: boolean;
}

function joinPath(...parts: readonly (string | undefined)[]): string {
  const joined = parts
    .flatMap((p) => (p ?? '').split('/'))
    .filter((p) => p !== '')
    .join('/');
  return `/${joined}`;
}

/**
 * Every route of the app with the permission it declares: what the role-matrix test enumerates
 * (each route x each role against `authorize`), and what proves no route was left without one.
 */
export function routePermissions(app: INestApplication): RoutePermission[] {
  const routes: RoutePermission[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!type || typeof type !== 'function') continue;
      const base = Reflect.getMetadata(PATH_METADATA, type) as string | undefined;
      const classPermission = Reflect.getMetadata(PERMISSION_KEY, type) as unknown;
      const classPublic = Reflect.getMetadata(PUBLIC_KEY, type) === true;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        if (name === 'constructor') continue;
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || method === undefined) continue;
        const permission =
          (Reflect.getMetadata(PERMISSION_KEY, handler) as unknown) ?? classPermission;
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, handler) === true || classPublic;
        for (const one of Array.isArray(path) ? path : [path]) {
          routes.push({
            method: RequestMethod[method],
            path: joinPath(base, one),
            controller: type.name,
            handler: name,
            permission: isPermission(permission) ? permission : undefined,
            public: isPublic,
          });
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
