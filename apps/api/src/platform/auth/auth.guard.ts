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

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission>(PERMISSION_KEY, targets);
    if (!isPermission(permission)) {
      throw new Error(
        `${context.getClass().name}.${context.getHandler().name} declares neither @Public() nor a known @Permission()`,
      );
    }

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    request.permission = permission;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = BEARER.exec(header);
      if (!match) throw unauthenticated('expected "Authorization: Bearer <token>"');
      try {
        request.actor = await this.verifier.verify(match[1]!);
      } catch (error) {
        if (error instanceof TokenError) throw unauthenticated(error.message);
        throw error;
      }
      // The actor id is written into events the domain validates (signedBy, evaluatorId...): a
      // non-UUID subject would pass here and fail deep in a command with ID_INVALID.
      if (!isActorId(request.actor.id)) throw tokenSubjectInvalid(request.actor.id);
    }

    const decision = mayAttempt(request.actor, permission);
    if (decision.allowed) return true;
    if (request.actor === undefined) throw unauthenticated('a bearer token is required');
    throw forbidden(decision.reason);
  }
}
