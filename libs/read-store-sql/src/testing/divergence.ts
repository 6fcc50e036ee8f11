import { createMemoryEventStore, type MemoryEventStore } from '@contract-ledger/event-store';
import { LogDivergedError } from '../errors';
import type { ReadStore } from '../read-store';
import {
  allRows,
  applyBatch,
  checkAgainstLog,
  startProjections,
  type ProjectionsHandle,
} from '../index';
import { appendTallyEvents, tallyProjection, tallyStreams } from './tally.projection';

/**
 * A log that loses its tail (cut by an insider, or an older backup restored) and is written again
 * at reused positions, against the runners, on the read store `open` gives (SQLite in the unit
 * tier, PostgreSQL in the integration tier). The memory store's rows are cut the way a DELETE on
 * the events table would: its next append takes the position after the last row left.
 */
export function logDivergenceSpecs(open: () => Promise<ReadStore>): void {
  const rewind = (store: MemoryEventStore, keep: number): void =>
    void store.unsafeRows().splice(keep);

  async function builtOn(
    count: number,
  ): Promise<{ store: MemoryEventStore; readStore: ReadStore; rows: unknown }> {
    const store = createMemoryEventStore();
    await appendTallyEvents(store, count, 1);
    const readStore = await open();
    const handle = await startProjections(store, readStore, [tallyProjection()], {
      batchSize: 8,
      idleMs: 5,
    });
    await handle.waitForHead(10_000);
    await handle.stop();
    return { store, readStore, rows: await allRows(readStore, tallyProjection(), tallyStreams) };
  }

  async function diverged(handle: ProjectionsHandle) {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const [lag] = await handle.lag();
      if (lag!.state === 'diverged' || Date.now() > deadline) return lag!;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  it('a log cut before the checkpoint stops the runner at start: diverged, with the reason, nothing written', async () => {
    const { store, readStore, rows } = await builtOn(50);
    rewind(store, 40);
    const handle = await startProjections(store, readStore, [tallyProjection()], {
      batchSize: 8,
      idleMs: 5,
    });
    try {
      const lag = await diverged(handle);
      expect(lag).toMatchObject({ state: 'diverged', checkpoint: 50, head: 40 });
      expect(lag.diverged).toContain(
        "the log ends at position 40, before the read model's checkpoint 50",
      );
      expect(await checkAgainstLog(store, readStore, tallyProjection())).toBe(lag.diverged);
      // Written again at reused positions: still stopped, the new events are not applied over the old rows.
      await appendTallyEvents(store, 15, 9);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await handle.lag())[0]).toMatchObject({
        state: 'diverged',
        checkpoint: 50,
        head: 55,
      });
      expect(await allRows(readStore, tallyProjection(), tallyStreams)).toEqual(rows);
    } finally {
      await handle.stop();
    }
    expect(await checkAgainstLog(store, readStore, tallyProjection())).toContain(
      "the log's event at the read model's checkpoint 50 is not the one it was built on",
    );
  });

  it('a log rewound and written again past the checkpoint while the runner follows it: stopped at its next read', async () => {
    const store = createMemoryEventStore();
    await appendTallyEvents(store, 30, 1);
    const readStore = await open();
    const handle = await startProjections(store, readStore, [tallyProjection()], {
      batchSize: 8,
      idleMs: 5,
    });
    try {
      await handle.waitForHead(10_000);
      expect(await checkAgainstLog(store, readStore, tallyProjection())).toBeUndefined();
      rewind(store, 20);
      await appendTallyEvents(store, 25, 5);
      const lag = await diverged(handle);
      expect(lag).toMatchObject({ state: 'diverged', checkpoint: 30, head: 45 });
      expect(lag.diverged).toContain(
        "the log's event at the read model's checkpoint 30 is not the one it was built on",
      );
      expect(await readStore.checkpoint('tally', 1)).toBe(30);
    } finally {
      await handle.stop();
    }
  });

  it('applyBatch refuses a batch that does not chain onto the event at the checkpoint', async () => {
    const { readStore } = await builtOn(20);
    const other = createMemoryEventStore();
    await appendTallyEvents(other, 30, 2);
    const error = await applyBatch(
      readStore,
      tallyProjection(),
      (await other.readAll()).slice(20),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogDivergedError);
    expect(error).toMatchObject({ code: 'LOG_DIVERGED', projection: 'tally', checkpoint: 20 });
    expect(await readStore.checkpoint('tally', 1)).toBe(20);
  });
}
