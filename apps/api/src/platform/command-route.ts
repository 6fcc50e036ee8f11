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
import type {
  CommandContext,
  CommandResult,
  Permission as PermissionName,
} from '@contract-ledger/application';
import type { FastifyRequest } from 'fastify';
import { context as otelContext, SpanStatusCode } from '@opentelemetry/api';
import { Observable } from 'rxjs';
import { RouteConfig } from '@nestjs/platform-fastify';
import { CommandResultDto } from '../common/dto';
import { accessOf, Permission } from './auth/decorators';
import { parseIfMatch, versioned } from './concurrency/etag';
import { eventMetadataOf } from './context/request-context';
import { commandSpan } from './tracing';

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
  /** The answer's schema when it names the ids the command minted (a CommandResultDto subclass); CommandResultDto by default. */
  readonly response?: Type;
  /** The 2xx response's description; Swagger's default ('Created', 'OK') otherwise. */
  readonly responseDescription?: string;
  /** The route takes no body: documented as an empty object, which is all the validation accepts. */
  readonly noBody?: true;
}

/** A path below the controller's that names an entity (`:id/...`) addresses its existing stream. */
function addressesStream(path: string | undefined): boolean {
  return path?.includes(':') === true;
}

/** The Fastify route config key CommandRoute sets: the platform's hooks and interceptor read it per request. */
const COMMAND_ROUTE = 'ledgerCommandRoute';

/** Whether the request was routed to a CommandRoute. */
export function isCommandRoute(request: FastifyRequest): boolean {
  return (
    (request.routeOptions.config as unknown as Record<string, unknown> | undefined)?.[
      COMMAND_ROUTE
    ] === true
  );
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
  return versioned(payload, (payload as CommandResult).revision);
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
  const response = {
    type: options.response ?? CommandResultDto,
    ...(options.responseDescription === undefined
      ? {}
      : { description: options.responseDescription }),
  };
  return applyDecorators(
    Post(options.path),
    HttpCode(options.status),
    RouteConfig({ [COMMAND_ROUTE]: true }),
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
    ...(addressesStream(options.path) ? [IF_MATCH] : []),
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
    return {
      metadata,
      authorize: (facts) => access.require(facts),
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    };
  },
);
