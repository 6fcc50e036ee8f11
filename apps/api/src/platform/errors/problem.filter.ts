import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Injectable } from '@nestjs/common';
import { AccessDeniedError } from '@contract-ledger/application';
import { DomainError } from '@contract-ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import { revisionWithheld } from '../command-route';
import { IdempotentReplay } from '../idempotency/idempotency';
import {
  titleOf,
  problemType,
  ProblemException,
  type FieldError,
  type ProblemDocument,
  type ProblemInit,
} from './problem';

/** Event-store codes (libs/event-store/src/errors.ts) by status; matched by `code` so any adapter's errors map. */
const STORE_CODES: Readonly<Record<string, number>> = {
  WRONG_EXPECTED_REVISION: 409,
  EVENT_ID_CONFLICT: 409,
  STORE_UNAVAILABLE: 503,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_STREAM_NAME: 400,
  INVALID_EXPECTED_REVISION: 400,
  EVENT_NOT_SERIALIZABLE: 400,
  INVALID_EVENT: 400,
  TREE_RANGE: 400,
  // The log itself is damaged (a row that does not decode, a tree that does not match it): the
  // detail names the position, for the operator's `ledger verify`.
  CORRUPT_EVENT: 500,
};

/**
 * Driver errors that mean "the database is not there" rather than "the request was wrong":
 * Node socket errors, PostgreSQL class 08 (connection exception) and 57P0x (shutdown), SQLite
 * busy/locked/IO. Retrying later may succeed, so 503 with Retry-After.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
  'SQLITE_FULL',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function isUnavailable(error: unknown): boolean {
  const code = errorCode(error);
  if (
    code !== undefined &&
    (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || code.startsWith('SQLITE_IOERR'))
  )
    return true;
  // pg wraps pool failures without a code; the message is all there is.
  return (
    error instanceof Error &&
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(
      error.message,
    )
  );
}

/** 5xx answers the API gives on purpose (docs/api.md): logged at warn, without a stack trace. */
const EXPECTED_5XX = new Set(['PROJECTION_TIMEOUT']);

const HTTP_CODES: Readonly<Record<number, string>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

function fromHttpException(exception: HttpException): ProblemInit {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const message =
    typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const detail = Array.isArray(message)
    ? message.join('; ')
    : typeof message === 'string'
      ? message
      : exception.message;
  if (status === 503) {
    // Terminus answers an unready probe with 503 and its check results; keep them as extension
    // members (`details`, `info`, `error`) so probes and operators still see which check failed.
    const extensions =
      typeof response === 'object' && response !== null
        ? (response as Record<string, unknown>)
        : {};
    return {
      status,
      code: 'SERVICE_UNAVAILABLE',
      detail: 'The service is not ready; retry later',
      headers: { 'Retry-After': '5' },
      extensions,
    };
  }
  if (status >= 500)
    return { status: 500, code: 'INTERNAL', detail: 'An unexpected error occurred' };
  const code = HTTP_CODES[status] ?? `HTTP_${status}`;
  // Nest's not-found handler says "Cannot GET /x"; keep it, it names the route the client tried.
  return { status, code, detail, ...(status === 400 ? { errors: [] as FieldError[] } : {}) };
}

/**
 * Domain codes that are not a broken rule of a state but a missing resource or a caller acting on
 * what is not its own; they keep their documented code (docs/rules.md) with the fitting status.
 */
const DOMAIN_STATUS: Readonly<Record<string, number>> = {
  // No registered supplier with that id: the supplier resource does not exist.
  SUPPLIER_NOT_REGISTERED: 404,
  // A supplier acting on another supplier's bid.
  BID_NOT_OWNED: 403,
};

/** A command on an entity that does not exist is a missing resource (404), whatever the rule's name; other refusals are 409. */
export function domainStatus(code: string): number {
  return DOMAIN_STATUS[code] ?? (code.endsWith('_NOT_FOUND') ? 404 : 409);
}

/**
 * The client closed its connection before its request was read (Node destroys the request stream
 * with `aborted`, code ECONNRESET, which would otherwise read as a store outage). Nobody is left to
 * answer; 499 (nginx's "client closed request") is what the log line and the metrics record.
 */
const CLIENT_CLOSED: ProblemInit = {
  status: 499,
  code: 'CLIENT_CLOSED_REQUEST',
  detail: 'The client closed the connection before its request was read',
};

/** Which problem an error is; undefined for a real bug (500). */
export function classify(exception: unknown, request: FastifyRequest): ProblemInit | undefined {
  if (exception instanceof ProblemException) return exception.problem;
  // The request stream's own error is the client's connection failing, never the store's.
  if (exception !== undefined && exception !== null && exception === request.raw.errored)
    return CLIENT_CLOSED;
  if (exception instanceof AccessDeniedError)
    return { status: 403, code: 'FORBIDDEN', detail: exception.reason };
  if (exception instanceof DomainError) {
    return {
      status: domainStatus(exception.code),
      code: exception.code,
      detail: exception.message,
    };
  }
  if (exception instanceof HttpException) return fromHttpException(exception);

  const code = errorCode(exception);
  const message = exception instanceof Error ? exception.message : String(exception);
  if (code === 'WRONG_EXPECTED_REVISION' && revisionWithheld(request)) {
    // The store's message names the expected and actual revisions, which count sealed bids (ADR
    // 0006 decision 6); such a caller cannot pin the stream, so this is never its If-Match failing.
    return {
      status: 409,
      code,
      detail: 'Concurrent commands on this stream kept winning; retry',
    };
  }
  if (code === 'WRONG_EXPECTED_REVISION' && request.headers['if-match'] !== undefined) {
    // The client pinned the revision with If-Match and the stream moved on: it must re-read.
    const actual = (exception as { actual?: unknown }).actual;
    return {
      status: 412,
      code: 'PRECONDITION_FAILED',
      detail: `If-Match ${String(request.headers['if-match'])} is stale${typeof actual === 'number' ? `: the current revision is ${actual}` : ''}`,
      ...(typeof actual === 'number' ? { extensions: { currentRevision: actual } } : {}),
    };
  }
  if (code === 'STORE_UNAVAILABLE' || isUnavailable(exception)) {
    return {
      status: 503,
      code: 'STORE_UNAVAILABLE',
      detail: 'The event store is unreachable; retry later',
      headers: { 'Retry-After': '5' },
    };
  }
  if (code === 'AUTH_UNAVAILABLE') {
    return {
      status: 503,
      code,
      detail: 'The identity provider cannot be reached to check the token; retry later',
      headers: { 'Retry-After': '5' },
    };
  }
  if (code !== undefined && STORE_CODES[code] !== undefined)
    return { status: STORE_CODES[code]!, code, detail: message };
  return undefined;
}

/**
 * The one exception filter: every error leaves as `application/problem+json` (RFC 9457) with a
 * stable code, the request path and its correlation id. A stack trace never leaves the process;
 * real bugs are logged with the correlation id so the client's report finds the log line.
 */
@Catch()
@Injectable()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: PinoLogger) {
    this.logger.setContext('ProblemFilter');
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof IdempotentReplay) {
      // Not an error: the key's first outcome, as it was sent (the PlatformGuard found it).
      const { status, headers, body } = exception.response;
      void reply
        .status(status)
        .headers({ ...headers, 'idempotent-replayed': 'true' })
        .send(body);
      return;
    }
    if (exception instanceof DomainError) request.refusedByRule = true;
    const problem = classify(exception, request) ?? {
      status: 500,
      code: 'INTERNAL',
      detail: 'An unexpected error occurred; quote the correlation id when reporting it',
    };

    if (problem === CLIENT_CLOSED) {
      this.logger.info(
        { correlationId: request.id, code: problem.code, method: request.method, url: request.url },
        'client closed the connection',
      );
    } else if (EXPECTED_5XX.has(problem.code)) {
      // An answer the API documents and means to give, not a failure to chase: no stack.
      this.logger.warn(
        {
          correlationId: request.id,
          code: problem.code,
          status: problem.status,
          detail: problem.detail,
          method: request.method,
          url: request.url,
        },
        'request answered with a documented 5xx',
      );
    } else if (problem.status >= 500) {
      this.logger.error(
        {
          correlationId: request.id,
          err: exception,
          code: problem.code,
          method: request.method,
          url: request.url,
        },
        'request failed',
      );
    }
    if (reply.sent) return;

    const document: ProblemDocument = {
      ...problem.extensions,
      type: problemType(problem.code),
      title: titleOf(problem.status),
      status: problem.status,
      detail: problem.detail,
      code: problem.code,
      instance: request.url.split('?')[0] ?? request.url,
      correlationId: request.id,
      ...(problem.errors === undefined ? {} : { errors: problem.errors }),
    };
    void reply
      .status(problem.status)
      .headers({ ...problem.headers, 'content-type': 'application/problem+json; charset=utf-8' })
      .send(JSON.stringify(document));
  }
}
