import {
  applyDecorators,
  createParamDecorator,
  SetMetadata,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import {
  assertAuthorized,
  ruleOf,
  type Actor,
  type Permission,
  type ResourceFacts,
} from '@contract-ledger/application';
import type { FastifyRequest } from 'fastify';

export const PUBLIC_KEY = 'ledger:public';
export const PERMISSION_KEY = 'ledger:permission';

/** No token examined at all: infrastructure routes (health). Public *data* routes use a public @Permission instead. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The route's permission in the policy table of libs/application. The AuthGuard refuses roles the
 * table never allows (401 without a token, 403 with one); the handler narrows to the resource with
 * `@Access() access` and `access.require(facts)`. Also documents the permission in OpenAPI.
 */
export function Permission(permission: Permission) {
  const rule = ruleOf(permission);
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiExtension('x-permission', {
      name: permission,
      public: rule.public === true,
      roles: rule.roles,
    }),
    ...(rule.public ? [] : [ApiBearerAuth()]),
  );
}

/** The route's permission bound to its caller: `access.require({ agencyId: tender.agencyId })`. */
export interface Access {
  readonly actor: Actor | undefined;
  readonly permission: Permission;
  /** Throws AccessDeniedError (403 FORBIDDEN) unless the policy allows this actor on a resource with these facts. */
  require(facts: ResourceFacts): void;
}

export function accessOf(request: FastifyRequest): Access {
  const permission = request.permission;
  if (permission === undefined)
    throw new Error('@CurrentAccess() used on a route without @Permission()');
  return {
    actor: request.actor,
    permission,
    require: (facts) => assertAuthorized(request.actor, permission, facts),
  };
}

export const CurrentAccess = createParamDecorator((_: unknown, context: ExecutionContext): Access =>
  accessOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
