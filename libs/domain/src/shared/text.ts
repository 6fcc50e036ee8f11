import { refuse } from './errors';

/**
 * Control characters other than tab, line feed and carriage return: C0, DEL and C1. A NUL or an
 * escape sequence in a title is never what a person wrote; it breaks exports (PostgreSQL text,
 * CSV, terminals) and can hide text from a reader.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Free text a person wrote: refuses TEXT_CONTROL_CHARACTER when it holds a control character. */
export function assertPlainText(value: string, field: string): string {
  if (CONTROL.test(value)) {
    refuse(
      'TEXT_CONTROL_CHARACTER',
      `${field} must not contain control characters (only tab and line breaks)`,
      { field },
    );
  }
  return value;
}

/** A required human-written field (a reason, a justification, a name): a non-blank string of plain text. */
export function requireText(value: unknown, code: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    refuse(code, `${field} is required`, { field });
  return assertPlainText(value, field);
}

/** An optional human-written field: absent, null or plain text. */
export function optionalText(value: unknown, field: string): void {
  if (typeof value === 'string') assertPlainText(value, field);
}

/** JSON with object keys sorted: two values with the same content compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/** Idempotency checks compare a repeated command's data with what was recorded. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
