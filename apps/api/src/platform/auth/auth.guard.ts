import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  isActorId,
  isPermission,
  mayAttempt,
  TokenError,
  type Permission,
} from '@contract-ledger/application';
import type { FastifyRequest } from 'fastify';
import { forbidden, tokenSubjectInvalid, unauthenticated } from '../errors/problem';
import { PERMISSION_KEY, PUBLIC_KEY } from './decorators';
import { TokenVerifier } from './token-verifier';

interface Declared {
  readonly isPublic: boolean;
  readonly permission: unknown;
}

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i;

/**
 * Global guard, the only place a request is authenticated and its role checked against the policy
 * table. Fails closed: a route with neither @Public() nor @Permission() is a bug and answers 500
 * rather than letting any authenticated caller through.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  /**
   * Per controller and handler (an inherited handler may serve controllers of different
   * class-level decorators): public, or the permission declared. Decorators are fixed once the
   * classes are loaded.
   */
  private readonly declared = new WeakMap<object, WeakMap<object, Declared>>();

  /**
   * Synchronous for a token verified before (the verifier's cache): Nest awaits a guard's promise
   * twice over, and nearly every request carries a token its client sent before.
   */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const handler = context.getHandler();
    const controller = context.getClass();
    let byHandler = this.declared.get(controller);
    if (byHandler === undefined) this.declared.set(controller, (byHandler = new WeakMap()));
    let declared = byHandler.get(handler);
    if (declared === undefined) {
      const targets = [handler, controller];
      declared = {
        isPublic: Boolean(this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)),
        permission: this.reflector.getAllAndOverride<Permission>(PERMISSION_KEY, targets),
      };
      byHandler.set(handler, declared);
    }
    if (declared.isPublic) return true;
    const permission = declared.permission;
    if (!isPermission(permission)) {
      throw new Error(
        `${controller.name}.${handler.name} declares neither @Public() nor a known @Permission()`,
      );
    }

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    request.permission = permission;
    const header = request.headers.authorization;
    if (header === undefined) return this.decide(request, permission);
    const match = BEARER.exec(header);
    if (!match) throw unauthenticated('expected "Authorization: Bearer <token>"');
    const token = match[1]!;
    const known = this.verifier.verifiedBefore(token);
    if (known !== undefined) {
      request.actor = known;
      return this.decide(request, permission);
    }
    return this.verifier.verify(token).then(
      (actor) => {
        request.actor = actor;
        return this.decide(request, permission);
      },
      (error: unknown) => {
        if (error instanceof TokenError) throw unauthenticated(error.message);
        throw error;
      },
    );
  }

  private decide(request: FastifyRequest, permission: Permission): boolean {
    // The actor id is written into events the domain validates (signedBy, evaluatorId...): a
    // non-UUID subject would pass here and fail deep in a command with ID_INVALID.
    if (request.actor !== undefined && !isActorId(request.actor.id))
      throw tokenSubjectInvalid(request.actor.id);
    const decision = mayAttempt(request.actor, permission);
    if (decision.allowed) return true;
    if (request.actor === undefined) throw unauthenticated('a bearer token is required');
    throw forbidden(decision.reason);
  }
}
