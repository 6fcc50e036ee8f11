import type { OpenAPIObject } from '@nestjs/swagger';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details; clients key on `code` (docs/api.md "Errors")',
  required: ['type', 'title', 'status', 'detail', 'code', 'instance', 'correlationId'],
  properties: {
    type: { type: 'string', example: 'urn:contract-ledger:problem:VALIDATION_FAILED' },
    title: { type: 'string', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'Invalid input: name' },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
    instance: { type: 'string', example: '/api/v1/tenders' },
    correlationId: { type: 'string', example: '3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55' },
    errors: {
      type: 'array',
      description: 'With VALIDATION_FAILED: each failing field (body path, parameter or header)',
      items: {
        type: 'object',
        properties: {
          field: { type: 'string', example: 'milestones.0.amount' },
          messages: {
            type: 'array',
            items: { type: 'string' },
            example: ['amount must not be less than 0'],
          },
        },
      },
    },
  },
};

/** What each status means on our routes, and an example code (docs/api.md has the full table). */
const PROBLEMS: Readonly<Record<string, { description: string; code: string }>> = {
  '400': {
    description:
      'VALIDATION_FAILED (a field, parameter or header is invalid, or a query parameter the route does not declare; `errors` lists them) or MALFORMED_JSON',
    code: 'VALIDATION_FAILED',
  },
  '401': {
    description: 'UNAUTHENTICATED: no token, or an invalid one (`WWW-Authenticate` says why)',
    code: 'UNAUTHENTICATED',
  },
  '403': {
    description:
      'FORBIDDEN: the role may not call this route, or not on this resource (another agency, supplier, or not assigned)',
    code: 'FORBIDDEN',
  },
  '404': { description: 'NOT_FOUND or a domain <X>_NOT_FOUND: no such entity', code: 'NOT_FOUND' },
  '409': {
    description:
      'A rule refused the command (its domain code, e.g. TENDER_CLOSED), or WRONG_EXPECTED_REVISION / IDEMPOTENCY_KEY_IN_PROGRESS; nothing was written',
    code: 'TENDER_CLOSED',
  },
  '412': {
    description:
      'PRECONDITION_FAILED: the If-Match revision is stale (`currentRevision` gives the current one)',
    code: 'PRECONDITION_FAILED',
  },
  '413': { description: 'PAYLOAD_TOO_LARGE: body over 1 MiB', code: 'PAYLOAD_TOO_LARGE' },
  '415': {
    description:
      'UNSUPPORTED_MEDIA_TYPE: the body is not application/json, or has a Content-Encoding other than identity',
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  '422': {
    description: 'IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used with another body or route',
    code: 'IDEMPOTENCY_KEY_REUSED',
  },
  '500': { description: 'INTERNAL: a bug; quote the correlationId', code: 'INTERNAL' },
  '503': {
    description: 'STORE_UNAVAILABLE / AUTH_UNAVAILABLE: retry after Retry-After',
    code: 'STORE_UNAVAILABLE',
  },
  '504': {
    description:
      'PROJECTION_TIMEOUT: the read model did not reach `minPosition` within `maxWaitMs`; retry after Retry-After',
    code: 'PROJECTION_TIMEOUT',
  },
};

/**
 * Path parameters checked by a ParseUUIDPipe (`@Param('contractId', uuid(...))`), which Swagger
 * cannot see: without this they would be documented as any string.
 */
const UUID_PATH_PARAMETERS = new Set(['contractId', 'milestoneId']);

function documentUuidParameters(operation: Operation): void {
  for (const parameter of operation.parameters ?? []) {
    if (
      !('in' in parameter) ||
      parameter.in !== 'path' ||
      !UUID_PATH_PARAMETERS.has(parameter.name)
    )
      continue;
    parameter.schema = {
      type: 'string',
      format: 'uuid',
      example: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
    };
  }
}

function unpinnable(operation: Operation): boolean {
  return (operation.parameters ?? []).some(
    (p) =>
      'in' in p &&
      p.in === 'header' &&
      p.name === 'If-Match' &&
      JSON.stringify((p.schema as { enum?: unknown } | undefined)?.enum) === '["*"]',
  );
}

/** The statuses a route can answer with a problem, from what the document already says about it. */
function statusesOf(method: string, path: string, operation: Operation): string[] {
  const permission = (operation as { 'x-permission'?: { public?: boolean } })['x-permission'];
  const statuses = ['500', '503'];
  if (permission?.public !== true) statuses.push('401', '403');
  const hasPathParams = path.includes('{');
  // Every route refuses a query parameter it does not declare (RouteInputCheck).
  statuses.push('400');
  if (hasPathParams) statuses.push('404');
  if (method === 'post') statuses.push('409', '413', '415', '422');
  // A stale If-Match; not where the route takes only `*` (a caller who may not know its revision).
  if (method === 'post' && !unpinnable(operation)) statuses.push('412');
  // Read-your-writes: a route that takes minPosition waits for its read model, and may time out.
  if (
    (operation.parameters ?? []).some(
      (p) => 'in' in p && p.in === 'query' && p.name === 'minPosition',
    )
  )
    statuses.push('504');
  return statuses;
}

/**
 * Adds the problem+json responses to every operation of the /api routes, in one place instead of a
 * decorator on each handler: the ProblemFilter answers them for every route alike (docs/api.md).
 * A response a route documents itself is left as it is.
 */
export function documentProblems(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA as never },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (operation === undefined) continue;
      documentUuidParameters(operation);
      for (const status of statusesOf(method, path, operation)) {
        if (operation.responses[status] !== undefined) continue;
        const { description, code } = PROBLEMS[status]!;
        operation.responses[status] = {
          description,
          content: {
            'application/problem+json': {
              schema: { $ref: '#/components/schemas/Problem' },
              example: {
                type: `urn:contract-ledger:problem:${code}`,
                status: Number(status),
                code,
                detail: description.split(':')[0],
                instance: path,
                correlationId: '3f0c7e0e-8a4c-4a57-9d1e-6c1f0c2b1e55',
              },
            },
          },
        };
      }
    }
  }
  return document;
}
