import { createMemoryEventStore } from '@contract-ledger/event-store';
import { project } from '@contract-ledger/projections/testing';
import { defineProjection, integer, table } from '@contract-ledger/projections';
import type { ReadStore } from '../read-store';
import { allRows, startProjections } from '../index';
import { appendTallyEvents, tallyProjection, tallyStreams } from './tally.projection';

/**
 * Live batches of several projections share one transaction (runner.ts, LiveCommits): one that
 * fails must roll back alone while the others commit, on the read store `open` gives (SQLite in
 * the unit tier, PostgreSQL in the integration tier, where a failed statement aborts the whole
 * transaction until it is rolled back to a savepoint).
 */
export function liveCommitSpecs(open: () => Promise<ReadStore>): void {
  it('live batches of several projections commit together; one that fails rolls back alone and the others go on', async () => {
    const store = createMemoryEventStore();
    await appendTallyEvents(store, 50, 1);
    const readStore = await open();
    // Inserts a row per event. The first three times it meets position 53 it writes its pending
    // rows (51, 52: `find` flushes them), then inserts row 1 again, which fails in SQL. Unless its
    // savepoint is rolled back, rows 51-52 are committed with the others' batches and its retry
    // fails on them for good (SQLite), or the whole transaction is lost (PostgreSQL).
    let failures = 3;
    const rows = table({ name: 'rows', columns: { position: integer() }, key: ['position'] });
    const flaky = defineProjection({
      name: 'flaky',
      version: 1,
      tables: [rows],
      canHandle: () => true,
      async apply(tx, event) {
        if (event.position === 53 && failures > 0) {
          failures--;
          await tx.find(rows, { position: 52 });
          await tx.insert(rows, { position: 1 });
          await tx.find(rows, { position: 1 });
        }
        await tx.insert(rows, { position: event.position });
      },
    });
    const tally = tallyProjection();
    const other = { ...tallyProjection(), name: 'tally_b' };
    const errors: string[] = [];
    const handle = await startProjections(store, readStore, [tally, flaky, other], {
      batchSize: 10,
      idleMs: 5000,
      retryMs: 300,
      onError: (projection) => errors.push(projection),
    });
    try {
      await handle.waitForHead(10_000);
      expect(errors).toEqual([]);
      await appendTallyEvents(store, 5, 11);
      // The others reach the head while flaky fails its batch three times, 300 ms apart.
      await handle.waitForPosition('tally', 55, 2000);
      await handle.waitForPosition('tally_b', 55, 2000);
      expect(await readStore.checkpoint('flaky', 1)).toBe(50);
      await handle.waitForPosition('flaky', 55, 5000);
      expect(errors).toEqual(['flaky', 'flaky', 'flaky']);
      const events = await store.readAll();
      const reference = (await project(tally, events)).rows(tallyStreams);
      expect(await allRows(readStore, tally, tallyStreams)).toEqual(reference);
      expect(await allRows(readStore, other, tallyStreams)).toEqual(reference);
      expect(await allRows(readStore, flaky, rows)).toEqual(
        events.map((event) => ({ position: event.position })),
      );
    } finally {
      await handle.stop();
    }
  });
}
