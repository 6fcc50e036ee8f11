import { HttpStatus } from '@nestjs/common';

/** One failing input: a body path (`milestones.0.amount`), a query or route parameter, or a header. */
export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

/**
 * The stable codes of the platform itself. Rule refusals add the DomainError codes of
 * docs/rules.md (409). docs/api.md lists them all; never rename one, clients key on them.
 */
export const PROBLEM_CODES = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  MALFORMED_JSON: HttpStatus.BAD_REQUEST,
  MALFORMED_REQUEST: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  TOKEN_SUBJECT_INVALID: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  METHOD_NOT_ALLOWED: HttpStatus.METHOD_NOT_ALLOWED,
  NOT_ACCEPTABLE: HttpStatus.NOT_ACCEPTABLE,
  WRONG_EXPECTED_REVISION: HttpStatus.CONFLICT,
  EVENT_ID_CONFLICT: HttpStatus.CONFLICT,
  IDEMPOTENCY_KEY_IN_PROGRESS: HttpStatus.CONFLICT,
  REQUEST_TIMEOUT: HttpStatus.REQUEST_TIMEOUT,
  PRECONDITION_FAILED: HttpStatus.PRECONDITION_FAILED,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  IDEMPOTENCY_KEY_REUSED: HttpStatus.UNPROCESSABLE_ENTITY,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  // Not in Nest's HttpStatus enum.
  REQUEST_HEADERS_TOO_LARGE: 431,
  /** Never sent to anyone: what the log records for a client gone before its request was read. */
  CLIENT_CLOSED_REQUEST: 499,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
  /** The log itself is damaged where the answer needs it; the detail names the position. */
  CORRUPT_EVENT: HttpStatus.INTERNAL_SERVER_ERROR,
  STORE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  AUTH_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
} as const;

export type PlatformProblemCode = keyof typeof PROBLEM_CODES;

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  499: 'Client Closed Request',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function titleOf(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** RFC 9457 `type`: a stable identifier per code (not dereferenceable; docs/api.md explains each). */
export function problemType(code: string): string {
  return `urn:contract-ledger:problem:${code}`;
}

/** The body of every error response (`application/problem+json`). */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance: string;
  readonly correlationId: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

export interface ProblemInit {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors?: readonly FieldError[];
  /** Response headers that go with the problem (WWW-Authenticate, Retry-After...). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Extension members of the document; must never carry sealed or personal data. */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * Thrown anywhere in apps/api to answer with a problem; the global filter renders it. Prefer the
 * helpers below; domain and store errors need no wrapping, the filter maps them by code.
 */
export class ProblemException extends Error {
  constructor(readonly problem: ProblemInit) {
    super(problem.detail);
    this.name = 'ProblemException';
  }
}

export function validationFailed(errors: readonly FieldError[], detail?: string): ProblemException {
  const fields = errors.map((e) => e.field).join(', ');
  return new ProblemException({
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: detail ?? (errors.length > 0 ? `Invalid input: ${fields}` : 'Invalid input'),
    errors,
  });
}

export function notFound(detail: string): ProblemException {
  return new ProblemException({ status: 404, code: 'NOT_FOUND', detail });
}

export function forbidden(detail: string): ProblemException {
  return new ProblemException({ status: 403, code: 'FORBIDDEN', detail });
}

export function unauthenticated(detail: string): ProblemException {
  // RFC 6750 §3: tell the client which scheme to use and, when a token was sent, why it failed.
  const challenge =
    detail === 'a bearer token is required'
      ? 'Bearer'
      : `Bearer error="invalid_token", error_description="${detail.replace(/["\\]/g, "'")}"`;
  return new ProblemException({
    status: 401,
    code: 'UNAUTHENTICATED',
    detail,
    headers: { 'WWW-Authenticate': challenge },
  });
}

/**
 * A valid token whose `sub` is not a UUID (docs/adr/0005): refused at the door with its own code,
 * rather than as ID_INVALID from whichever command first records the actor in an event.
 */
export function tokenSubjectInvalid(sub: string): ProblemException {
  const detail = `the token subject "${sub}" is not a UUID: subjects must be UUIDs (docs/adr/0005-actor-ids-are-uuids.md)`;
  return new ProblemException({
    status: 401,
    code: 'TOKEN_SUBJECT_INVALID',
    detail,
    headers: {
      'WWW-Authenticate': `Bearer error="invalid_token", error_description="${detail.replace(/["\\]/g, "'")}"`,
    },
  });
}

export function preconditionFailed(detail: string, currentRevision?: number): ProblemException {
  return new ProblemException({
    status: 412,
    code: 'PRECONDITION_FAILED',
    detail,
    ...(currentRevision === undefined ? {} : { extensions: { currentRevision } }),
  });
}
