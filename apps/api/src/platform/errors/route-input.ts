import { ExecutionContext, Injectable, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DECORATORS } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { validationFailed, type FieldError } from './problem';

const WITH_BODY = new Set<RequestMethod>([
  RequestMethod.POST,
  RequestMethod.PUT,
  RequestMethod.PATCH,
]);

const READ_YOUR_WRITES = ['minPosition', 'maxWaitMs'] as const;

/** What a handler declares it reads, from Nest's route metadata: computed once per handler. */
interface RouteInput {
  readonly takesBody: boolean;
  /** The query parameter names it reads; null when something else owns the query (a DTO, or the raw request). */
  readonly query: ReadonlySet<string> | null;
}

/**
 * Input a handler never reads was ignored, so a typo passed for an omission (docs/api.md: unknown
 * fields are refused, not dropped; docs/read-side.md: unknown query parameters are 400):
 * - a write route that declares no @Body() accepts no body or `{}`;
 * - a query parameter the handler does not declare is 400 VALIDATION_FAILED naming it. A whole
 *   `@Query() dto` is the validation pipe's (whitelist); `@Query('name')` declares its names; a
 *   handler that reads the raw request (`@Req()`) declares its names with `@ApiQuery`, or owns the
 *   query if it has none.
 * Runs after authentication, like validation, so a caller without the role still learns nothing
 * but 401/403 (the PlatformGuard calls it after the Idempotency-Key claim, before validation).
 */
@Injectable()
export class RouteInputCheck {
  private readonly inputs = new WeakMap<object, RouteInput>();

  check(context: ExecutionContext): void {
    if (context.getType() !== 'http') return;
    const input = this.inputOf(context.getClass(), context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (input.query !== null) {
      const query = request.query as Record<string, unknown> | undefined;
      // for...in, not Object.keys: no array for the usual empty query. Fastify's query object has a null prototype.
      let refused: FieldError[] | undefined;
      for (const key in query) {
        if (!input.query.has(key))
          (refused ??= []).push({
            field: key,
            messages: [`query parameter ${key} should not exist`],
          });
      }
      if (refused !== undefined) throw validationFailed(refused);
    }
    if (!input.takesBody) {
      const body = request.body;
      if (body !== undefined && !isEmptyObject(body)) {
        const errors: FieldError[] =
          body !== null && typeof body === 'object' && !Array.isArray(body)
            ? Object.keys(body).map((key) => ({
                field: key,
                messages: [`property ${key} should not exist`],
              }))
            : [{ field: '(body)', messages: ['this route takes no body: send none, or {}'] }];
        throw validationFailed(errors);
      }
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- Nest hands the handler over as Function
  private inputOf(controller: object, handler: Function): RouteInput {
    let input = this.inputs.get(handler);
    if (input === undefined) {
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      const args = Object.entries(
        (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler.name) ?? {}) as Record<
          string,
          { data?: unknown }
        >,
      ).map(([key, arg]) => ({ type: key.split(':')[0], data: arg.data }));
      const of = (type: RouteParamtypes) => args.filter((arg) => arg.type === String(type));
      const queries = of(RouteParamtypes.QUERY);
      let query: Set<string> | null = new Set(
        queries.flatMap((arg) => (typeof arg.data === 'string' ? [arg.data] : [])),
      );
      if (queries.some((arg) => typeof arg.data !== 'string')) query = null;
      else if (of(RouteParamtypes.REQUEST).length > 0) {
        const documented = (
          (Reflect.getMetadata(DECORATORS.API_PARAMETERS, handler) ?? []) as {
            in?: string;
            name?: string;
          }[]
        ).filter((parameter) => parameter.in === 'query' && typeof parameter.name === 'string');
        query =
          documented.length === 0
            ? null
            : new Set([...query, ...documented.map((parameter) => parameter.name!)]);
      }
      // Read-your-writes is one habit for clients: minPosition (and maxWaitMs) after a command on
      // any read. A read answered from the log is always current, so there they are no-ops.
      if (query !== null && method === RequestMethod.GET)
        for (const name of READ_YOUR_WRITES) query.add(name);
      input = {
        // Only write methods carry bodies here; a GET with a body is left to Fastify as before.
        takesBody:
          method === undefined || !WITH_BODY.has(method) || of(RouteParamtypes.BODY).length > 0,
        query,
      };
      this.inputs.set(handler, input);
    }
    return input;
  }
}

function isEmptyObject(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}
