import { refuse } from './errors';

/**
 * An instant in the one canonical form `Date.prototype.toISOString` writes:
 * `2026-03-01T09:00:00.000Z`. One form only, so instants in events compare correctly as text
 * (read models sort and filter them in SQL) and hash the same however a client wrote them; the
 * API normalises other ISO-8601 UTC spellings before they reach a command.
 */
export type Instant = string;

const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function isCanonicalInstant(value: unknown): value is Instant {
  if (typeof value !== 'string' || !CANONICAL_UTC.test(value)) return false;
  const ms = Date.parse(value);
  // the round trip rejects calendar nonsense such as 2026-02-30 that Date.parse rolls over
  return !Number.isNaN(ms) && new Date(ms).toISOString() === value;
}

export function assertInstant(value: Instant, field: string): Instant {
  if (!isCanonicalInstant(value)) {
    refuse(
      'INSTANT_INVALID',
      `${field} must be an ISO-8601 UTC instant with milliseconds (2026-03-01T09:00:00.000Z), got ${String(value)}`,
      { field },
    );
  }
  return value;
}

export function toEpochMs(value: Instant): number {
  return Date.parse(value);
}

export function isBefore(a: Instant, b: Instant): boolean {
  return toEpochMs(a) < toEpochMs(b);
}

export function isAfter(a: Instant, b: Instant): boolean {
  return toEpochMs(a) > toEpochMs(b);
}

const DAY_MS = 86_400_000;

export function addDays(value: Instant, days: number): Instant {
  return new Date(toEpochMs(value) + days * DAY_MS).toISOString();
}

/** Whole days from `from` to `to`, rounded down (negative when `to` is earlier). */
export function daysBetween(from: Instant, to: Instant): number {
  return Math.floor((toEpochMs(to) - toEpochMs(from)) / DAY_MS);
}
