import { DomainError } from '@contract-ledger/domain';
import { WrongExpectedRevisionError, type EventStore } from '@contract-ledger/event-store';
import type { CommandContext } from './command-runtime';

/**
 * The stream of an entity's refusal records: its own, so the aggregate's stream and revision (the
 * client's ETag) are untouched by an attempt the decider refused.
 */
export const refusalStream = (entityId: string): string => `refusals-${entityId}`;

/** The application-written record of a refused command (docs/events.md, "Refusal records"). */
export interface RefusalRecord {
  /** The contract or tender refused on: the record goes to `refusals-<entityId>`. */
  readonly entityId: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * Runs a use case; when the decider refuses it with `code` (and only that code), appends the
 * refusal record `describe` builds, then rethrows the DomainError unchanged, so the client gets
 * the same 409 it would get without the record. Two refusals are red flags in themselves, and a
 * refused command leaves nothing in the log otherwise.
 *
 * At most one record per command: an Idempotency-Key replay never reaches the handler (the
 * interceptor answers it), and a re-run of the same command (same commandId and actor, e.g. after
 * the key expired, or a retry after the record was written but the answer lost) finds its record
 * and writes none. A failure to write the record propagates instead of the refusal: the client
 * retries (a 5xx is not remembered against its key) rather than the red flag being lost.
 */
export async function recordingRefusal<T>(
  store: EventStore,
  context: CommandContext,
  code: string,
  run: () => Promise<T>,
  describe: (refusal: DomainError) => Promise<RefusalRecord>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== code) throw error;
    await appendOnce(store, context, await describe(error));
    throw error;
  }
}

async function appendOnce(
  store: EventStore,
  context: CommandContext,
  record: RefusalRecord,
  maxRetries = 3,
): Promise<void> {
  const stream = refusalStream(record.entityId);
  const { actor, commandId } = context.metadata;
  for (let attempt = 0; ; attempt++) {
    const history = await store.readStream(stream);
    const already = history.some(
      (e) =>
        e.type === record.type && e.metadata.commandId === commandId && e.metadata.actor === actor,
    );
    if (already) return;
    try {
      // Pinned to the revision read, so two runs of one command racing cannot both append.
      await store.append(
        stream,
        [{ type: record.type, schemaVersion: 1, data: record.data, metadata: context.metadata }],
        { expectedRevision: history[history.length - 1]?.revision ?? 0 },
      );
      return;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= maxRetries) throw error;
    }
  }
}
