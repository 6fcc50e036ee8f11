import {
  applyDecorators,
  createParamDecorator,
  HttpCode,
  Post,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import {
  POLICY,
  type CommandContext,
  type CommandResult,
  type Permission as PermissionName,
  type Role,
} from '@contract-ledger/application';
import type { FastifyRequest } from 'fastify';
import { context as otelContext, SpanStatusCode } from '@opentelemetry/api';
import { Observable } from 'rxjs';
import { RouteConfig } from '@nestjs/platform-fastify';
import { CommandResultDto } from '../common/dto';
import { accessOf, Permission } from './auth/decorators';
import { parseIfMatch, versioned } from './concurrency/etag';
import { eventMetadataOf } from './context/request-context';
import { validationFailed } from './errors/problem';
import { commandSpan } from './tracing';

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: false,
  description: 'The ETag last read (e.g. "7"); a stale one is 412',
});
/** On a route none of whose callers may learn the stream's revision (revisionReaders). */
const IF_MATCH_ANY = ApiHeader({
  name: 'If-Match',
  required: false,
  enum: ['*'],
  description:
    "Only `*` (no pin): this stream's revision moves with sealed bids, which the caller may not know of (ADR 0006 decision 6); a revision is 400",
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
  /** The answer's schema when it names the ids the command minted (a CommandResultDto subclass); CommandResultDto by default. */
  readonly response?: Type;
  /** The 2xx response's description; Swagger's default ('Created', 'OK') otherwise. */
  readonly responseDescription?: string;
  /** The route takes no body: documented as an empty object, which is all the validation accepts. */
  readonly noBody?: true;
  /**
   * The stream also records what some callers may not know happened (a tender's: others' sealed
   * bids, withdrawals and confirmations, ADR 0006 decision 6), so its revision counts them. Only a
   * caller whose role holds this permission learns the revision from the command; anyone else gets
   * an answer without `revision` and without ETag, may send If-Match only as `*`, and is told no
   * revision by a conflict. The global position and the receipt stay: they say nothing of one stream.
   */
  readonly revisionReaders?: PermissionName;
}

/** A path below the controller's that names an entity (`:id/...`) addresses its existing stream. */
function addressesStream(path: string | undefined): boolean {
  return path?.includes(':') === true;
}

/** The Fastify route config key CommandRoute sets: the platform's hooks and interceptor read it per request. */
const COMMAND_ROUTE = 'ledgerCommandRoute';
/** The route config key of CommandRouteOptions.revisionReaders. */
const REVISION_READERS = 'ledgerRevisionReaders';

function routeConfig(request: FastifyRequest): Record<string, unknown> | undefined {
  return request.routeOptions.config as unknown as Record<string, unknown> | undefined;
}

/** Whether the request was routed to a CommandRoute. */
export function isCommandRoute(request: FastifyRequest): boolean {
  return routeConfig(request)?.[COMMAND_ROUTE] === true;
}

function holds(permission: PermissionName, role: Role): boolean {
  return (POLICY[permission].roles as Partial<Record<Role, unknown>>)[role] !== undefined;
}

/**
 * Whether the caller may not learn the revision of the stream its command addresses
 * (CommandRouteOptions.revisionReaders). Decided from the role, without a read: a caller the
 * command admits on a tender holds `tender.read` on it exactly when its role holds `tender.read`
 * at all, since every role that may both act on a tender and read it does both in the same scope
 * (officers their agency's, evaluators where assigned, the review body from publication on, where
 * complaints start); the role-matrix test holds the policy to that.
 */
export function revisionWithheld(request: FastifyRequest): boolean {
  const readers = routeConfig(request)?.[REVISION_READERS] as PermissionName | undefined;
  if (readers === undefined) return false;
  const role = request.actor?.role;
  return role === undefined || !holds(readers, role);
}

/**
 * A command route's successful answer: the CommandResult is the body, its revision the ETag. Done
 * by the platform's `preSerialization` hook (http.ts) rather than by an interceptor of the route:
 * Nest wraps every interceptor in rxjs and AsyncResource.bind on every request.
 */
export function commandAnswer(
  request: FastifyRequest,
  statusCode: number,
  payload: unknown,
): unknown {
  if (statusCode >= 300 || !isCommandRoute(request)) return payload;
  const result = payload as CommandResult;
  if (revisionWithheld(request)) {
    const { revision: _withheld, ...answer } = result;
    return answer;
  }
  return versioned(payload, result.revision);
}

/**
 * With tracing on, a command route's handler runs in a `command <Controller.method>` span under
 * the request's, so the append it makes is that span's child; without, `handle()` as it is.
 */
export function traceCommand(
  execution: ExecutionContext,
  handle: () => Observable<unknown>,
): Observable<unknown> {
  const request = execution.switchToHttp().getRequest<FastifyRequest>();
  if (!isCommandRoute(request)) return handle();
  const traced = commandSpan(
    request,
    `command ${execution.getClass().name}.${execution.getHandler().name}`,
  );
  if (traced === undefined) return handle();
  const { span } = traced;
  // Subscribed inside the span's context: the handler (and the store it calls) run in it.
  return new Observable((subscriber) =>
    otelContext.with(traced.context, () =>
      handle().subscribe({
        next: (value) => subscriber.next(value),
        error: (error: unknown) => {
          span.setStatus({
            code: SpanStatusCode.ERROR,
            message: error instanceof Error ? error.message : String(error),
          });
          span.end();
          subscriber.error(error);
        },
        complete: () => {
          span.end();
          subscriber.complete();
        },
      }),
    ),
  );
}

/**
 * The command span (traceCommand) around validation and the handler, after the guards (so inside
 * the Idempotency-Key claim). Installed by createApp only where tracing is on: Nest wraps every
 * global interceptor in rxjs and AsyncResource.bind on every request, which tracing off should
 * not pay for.
 */
export class CommandTracingInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return traceCommand(context, () => next.handle());
  }
}

/**
 * A POST that runs one command: its permission, status and OpenAPI in one place, so no command
 * route can lose its summary, its response schema or the headers the platform honours on it
 * (Idempotency-Key always; If-Match when the path addresses an existing stream). The route returns
 * what the CommandBus answered (plus any id it minted); the answer's revision becomes the ETag.
 */
export function CommandRoute(options: CommandRouteOptions): MethodDecorator {
  const readers = options.revisionReaders;
  // Some caller of the route may pin its stream: a route without revisionReaders, or one that a
  // role holding them may call.
  const pinnable =
    readers === undefined ||
    (Object.keys(POLICY[options.permission].roles) as Role[]).some((role) => holds(readers, role));
  const response = {
    type: options.response ?? CommandResultDto,
    ...(options.responseDescription === undefined
      ? {}
      : { description: options.responseDescription }),
  };
  return applyDecorators(
    Post(options.path),
    HttpCode(options.status),
    RouteConfig({
      [COMMAND_ROUTE]: true,
      ...(readers === undefined ? {} : { [REVISION_READERS]: readers }),
    }),
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
    ...(addressesStream(options.path) ? [pinnable ? IF_MATCH : IF_MATCH_ANY] : []),
  );
}

/**
 * `@CommandContextOf() context: CommandContext`: who asks (the request's event metadata), the scope
 * check bound to their access, and the revision they saw: If-Match, honoured (and documented by
 * CommandRoute) only where the route addresses an existing stream; a create has none to pin.
 */
export const CommandContextOf = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandContext => {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const access = accessOf(request);
    const metadata = eventMetadataOf(request);
    const path = Reflect.getMetadata(PATH_METADATA, context.getHandler()) as string | undefined;
    const expectedRevision = addressesStream(path)
      ? parseIfMatch(request.headers['if-match'])
      : undefined;
    // Whether a pin holds would tell the caller the revision it may not know.
    if (expectedRevision !== undefined && revisionWithheld(request)) {
      throw validationFailed([
        {
          field: 'If-Match',
          messages: [
            "must be * here: this stream's revision moves with sealed bids, which the caller may not know of",
          ],
        },
      ]);
    }
    return {
      metadata,
      authorize: (facts) => access.require(facts),
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    };
  },
);
