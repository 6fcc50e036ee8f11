/**
 * A rule refused a command (every rule and its code: docs/rules.md). `code` is stable: clients,
 * the HTTP problem responses and docs/rules.md all key on it, so never rename one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function refuse(code: string, message: string, details?: Record<string, unknown>): never {
  throw new DomainError(code, message, details);
}
