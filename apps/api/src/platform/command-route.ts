import {
  applyDecorators,
  createParamDecorator,
  HttpCode,
  Post,
  type ExecutionContext,
  type Type,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import type { CommandContext, Permission as PermissionName } from '@contract-ledger/application';
import type { EventMetadata } from '@contract-ledger/event-store';
import type { FastifyRequest } from 'fastify';
import { accessOf, Permission, type Access } from './auth/decorators';
import { parseIfMatch } from './concurrency/etag';
import { eventMetadataOf } from './context/request-context';

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: false,
  description: 'The ETag last read (e.g. "7"); a stale one is 412',
});
const IDEMPOTENCY_KEY = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Same key and body returns the first response',
});

export interface CommandRouteOptions {
  /** Below the controller's path; none for a create on the collection itself. */
  readonly path?: string;
  readonly permission: PermissionName;
  readonly summary: string;
  /** 201 when the command adds something (a tender, a bid, a score), 200 when it moves a state. */
  readonly status: 200 | 201;
  /** The answer's schema: CommandResultDto, or a subclass naming the ids the command minted. */
  readonly response: Type;
  /** The 2xx response's description; Swagger's default ('Created', 'OK') otherwise. */
  readonly responseDescription?: string;
  /** The route takes no body: documented as an empty object, which is all the validation accepts. */
  readonly noBody?: true;
}

/**
 * A POST that runs one command: its permission, status and OpenAPI in one place, so no command
 * route can lose its summary, its response schema or the headers the platform honours on it
 * (Idempotency-Key always; If-Match when the path addresses an existing stream).
 */
export function CommandRoute(options: CommandRouteOptions): MethodDecorator {
  const response = {
    type: options.response,
    ...(options.responseDescription === undefined
      ? {}
      : { description: options.responseDescription }),
  };
  const addressesStream = options.path?.includes(':') === true;
  return applyDecorators(
    Post(options.path),
    HttpCode(options.status),
    Permission(options.permission),
    ApiOperation({ summary: options.summary }),
    options.status === 201 ? ApiCreatedResponse(response) : ApiOkResponse(response),
    ...(options.noBody
      ? [
          ApiBody({
            required: false,
            schema: { type: 'object', properties: {}, additionalProperties: false },
          }),
        ]
      : []),
    // Applied in the order the stacked decorators were (bottom up), so the documented header order stays.
    IDEMPOTENCY_KEY,
    ...(addressesStream ? [IF_MATCH] : []),
  );
}

/** The request as the command handlers need it: who asks, the scope check bound to them, what revision they saw. */
export function commandContext(
  access: Access,
  metadata: EventMetadata,
  expectedRevision?: number,
): CommandContext {
  return {
    metadata,
    authorize: (facts) => access.require(facts),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  };
}

/**
 * `@CommandContextOf() context: CommandContext`: the caller's access, the request's event metadata
 * and its If-Match revision, read in that order as the separate decorators were.
 */
export const CommandContextOf = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandContext => {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const access = accessOf(request);
    const metadata = eventMetadataOf(request);
    return commandContext(access, metadata, parseIfMatch(request.headers['if-match']));
  },
);
