import { refuse } from './errors';
import type { Id } from './ids';

/**
 * The people known to have acted for one party (a buying agency, a supplier) on the streams that
 * matter to a command: read by the application from the log's metadata scope at command time and
 * handed to the decider as a fact.
 */
export interface StaffFacts {
  readonly staffIds: readonly Id[];
}

/** The staff a command carries; a missing list is refused with `code`, never read as "nobody". */
export function staffOf(
  value: StaffFacts | undefined,
  code: string,
  message: string,
): readonly Id[] {
  if (value === null || typeof value !== 'object' || !Array.isArray(value.staffIds))
    refuse(code, message);
  return value.staffIds;
}
