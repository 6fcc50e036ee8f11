import { refuse } from './errors';

/** A required human-written field (a reason, a justification, a name): a non-blank string. */
export function requireText(value: unknown, code: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') refuse(code, `${field} is required`, { field });
  return value;
}

/** JSON with object keys sorted: two values with the same content compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** Idempotency checks compare a repeated command's data with what was recorded. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
