import { randomUUID } from 'node:crypto';
import { canonicalJson, type StoredEventRow } from '@contract-ledger/event-store';
import type { TamperHooks } from '@contract-ledger/event-store/testing';
import type { EventData } from '@kurrent/kurrentdb-client';
import type { KurrentEventStore } from '../kurrentdb-event-store';
import { fromKurrentEvent, toKurrentEvent, type KurrentRecordedEvent } from '../mapping';

/**
 * KurrentDB cannot edit or remove one event in place, so an attacker with admin rights rewrites the
 * chain stream: reads it, deletes it (soft delete; revisions then continue after the old last one)
 * and appends the altered sequence. The adapter reads the chain from its first event's revision and
 * takes positions from the metadata, so only the hash chain can tell what changed.
 */
export function kurrentTamperHooks(store: KurrentEventStore): TamperHooks {
  const client = store.unsafeClient();
  const { chain } = store.kurrentStreams();
  const rewrite = async (change: (rows: StoredEventRow[]) => StoredEventRow[]): Promise<void> => {
    const rows: StoredEventRow[] = [];
    for await (const resolved of client.readStream(chain)) {
      if (resolved.event)
        rows.push(fromKurrentEvent(resolved.event as KurrentRecordedEvent, rows.length + 1));
    }
    await client.deleteStream(chain);
    // Fresh ids: the server would take the old ones for an idempotent repeat and write nothing.
    const events = change(rows).map(
      (row) => ({ ...toKurrentEvent(row, 'chain'), id: randomUUID() }) as unknown as EventData,
    );
    await client.appendToStream(chain, events);
  };
  return {
    editData: (position, data) =>
      rewrite((rows) =>
        rows.map((row) =>
          row.position === position ? { ...row, data: canonicalJson(data) } : row,
        ),
      ),
    deleteRow: (position) => rewrite((rows) => rows.filter((row) => row.position !== position)),
    swapRows: (a, b) =>
      rewrite((rows) =>
        rows.map((row) =>
          row.position === a
            ? rows.find((r) => r.position === b)!
            : row.position === b
              ? rows.find((r) => r.position === a)!
              : row,
        ),
      ),
  };
}
