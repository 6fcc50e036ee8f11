import { refuse } from './errors';

/** An instant as ISO-8601 UTC (`2026-03-01T09:00:00.000Z` or without millis). Compared as epoch ms. */
export type Instant = string;

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function assertInstant(value: Instant, field: string): Instant {
  if (typeof value !== 'string' || !ISO_UTC.test(value) || Number.isNaN(Date.parse(value))) {
    refuse('INSTANT_INVALID', `${field} must be an ISO-8601 UTC instant, got ${String(value)}`, { field });
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
