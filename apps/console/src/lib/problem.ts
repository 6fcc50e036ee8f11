/** What the console makes of a failed call: the three situations a user must act on differently. */
export type Failure =
  | {
      readonly kind: 'problem';
      readonly status: number;
      readonly code: string;
      readonly message: string;
    }
  | { readonly kind: 'unauthenticated'; readonly message: string }
  | { readonly kind: 'network'; readonly message: string };

export class ApiError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'ApiError';
  }
}

interface ProblemLike {
  readonly status?: unknown;
  readonly code?: unknown;
  readonly title?: unknown;
  readonly detail?: unknown;
  readonly errors?: unknown;
}

function fieldMessages(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: { field?: unknown; messages?: unknown }) =>
    Array.isArray(e.messages)
      ? e.messages
          .filter((m): m is string => typeof m === 'string')
          .map((m) => `${String(e.field ?? '')}: ${m}`)
      : [],
  );
}

/**
 * A problem+json body (RFC 9457, docs/api.md) to one readable sentence: the detail the domain
 * wrote, then the field errors, never the raw JSON. A body that is not a problem (a proxy's HTML
 * page) still gives the status line, so the user never faces a blank page.
 */
export function failureOf(status: number, body: unknown, statusText = ''): Failure {
  const problem: ProblemLike =
    typeof body === 'object' && body !== null ? (body as ProblemLike) : {};
  const code = typeof problem.code === 'string' ? problem.code : `HTTP_${status}`;
  const detail =
    typeof problem.detail === 'string' && problem.detail.trim() !== ''
      ? problem.detail.trim()
      : typeof problem.title === 'string'
        ? problem.title
        : statusText || `HTTP ${status}`;
  const fields = fieldMessages(problem.errors);
  const message =
    fields.length > 0 && !fields.every((f) => detail.includes(f))
      ? `${detail} (${fields.join('; ')})`
      : detail;
  if (status === 401) return { kind: 'unauthenticated', message };
  return { kind: 'problem', status, code, message };
}

export function networkFailure(error: unknown): Failure {
  const why = error instanceof Error ? error.message : String(error);
  return { kind: 'network', message: `The server could not be reached (${why})` };
}

/** Anything thrown by a call, as a Failure (an unexpected exception is still shown, not swallowed). */
export function asFailure(error: unknown): Failure {
  if (error instanceof ApiError) return error.failure;
  return {
    kind: 'problem',
    status: 0,
    code: 'CLIENT_ERROR',
    message: error instanceof Error ? error.message : String(error),
  };
}
