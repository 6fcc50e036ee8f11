import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createMemoryEventStore, type RecordedEvent } from '@contract-ledger/event-store';
import { ocdsProjection, ocdsReleases, ocdsRecords } from '@contract-ledger/ocds';
import { demoProgramme, PROGRAMME } from '@contract-ledger/ocds/testing';
import { project } from '@contract-ledger/projections/testing';
import {
  allRows,
  applyBatch,
  createReadStore,
  prepareProjection,
  ocdsRecord,
  ocdsReleaseJsonStream,
  ocdsReleasePage,
  ocdsReleaseStream,
  ocdsReleaseSummary,
  startProjections,
  type ReadStore,
} from '../index';

let dir: string;
let readStore: ReadStore;
let logged: readonly RecordedEvent[];
const ocid = (tenderId: string): string => `ocds-ledger-${tenderId}`;

beforeAll(async () => {
  const events = demoProgramme();
  // The store stamps recordedAt: give it the programme's instants so release dates are the programme's.
  let now = new Date(0);
  const store = createMemoryEventStore({ clock: () => now });
  for (const e of events) {
    now = new Date(e.recordedAt);
    await store.append(
      e.stream,
      [
        {
          type: e.type,
          data: e.data,
          metadata: { ...e.metadata, commandId: `${e.stream}-${e.revision}` },
        },
      ],
      { expectedRevision: 'any' },
    );
  }
  logged = await store.readAll();
  dir = mkdtempSync(path.join(tmpdir(), 'ocds-'));
  readStore = await createReadStore({ kind: 'sqlite', file: path.join(dir, 'read.sqlite') });
  const handle = await startProjections(store, readStore, [ocdsProjection], { batchSize: 7 });
  await handle.waitForHead(10_000);
  await handle.stop();
});

afterAll(async () => {
  await readStore.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('OCDS read model on SQLite', () => {
  it('holds exactly what the projection computes in memory (batches of 7, releases and compiled records)', async () => {
    const memory = await project(ocdsProjection, logged);
    expect(await allRows(readStore, ocdsProjection, ocdsReleases)).toEqual(
      memory.rows(ocdsReleases),
    );
    expect(await allRows(readStore, ocdsProjection, ocdsRecords)).toEqual(memory.rows(ocdsRecords));
  });

  it('pages releases in log order by cursor, and filters by position and date', async () => {
    const all = await allRows(readStore, ocdsProjection, ocdsReleases);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof ocdsReleasePage>> = await ocdsReleasePage(readStore, {
        limit: 10,
        cursor,
      });
      expect(page.items.length).toBeLessThanOrEqual(10);
      seen.push(...page.items.map((i) => i.position));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.map((r) => r.position));
    const streamed: number[] = [];
    for await (const item of ocdsReleaseStream(readStore)) streamed.push(item.position);
    expect(streamed).toEqual(seen);
    // The bulk path: the stored text, byte for byte what JSON.stringify gives, in the same order.
    const texts: string[] = [];
    for await (const text of ocdsReleaseJsonStream(readStore)) texts.push(text);
    expect(texts).toEqual(all.map((r) => JSON.stringify(r.release)));
    const tail: string[] = [];
    for await (const text of ocdsReleaseJsonStream(readStore, { sincePosition: all[5]!.position }))
      tail.push(text);
    expect(tail).toEqual(all.slice(6).map((r) => JSON.stringify(r.release)));

    const middle = all[Math.floor(all.length / 2)]!;
    const after = await ocdsReleasePage(readStore, { sincePosition: middle.position, limit: 500 });
    expect(after.items.map((i) => i.position)).toEqual(
      all.filter((r) => r.position > middle.position).map((r) => r.position),
    );
    const pivot = all[2]!;
    const next = all.find((r) => r.date > pivot.date)!;
    const dated = await ocdsReleasePage(readStore, { from: pivot.date, to: next.date, limit: 500 });
    expect(dated.items.length).toBeGreaterThan(0);
    expect(dated.items.map((i) => i.position)).toEqual(
      all.filter((r) => r.date === pivot.date).map((r) => r.position),
    );
    expect(await ocdsReleaseSummary(readStore)).toEqual({
      count: all.length,
      lastDate: all.at(-1)!.date,
      lastPosition: all.at(-1)!.position,
    });
    expect(await ocdsReleaseSummary(readStore, { sincePosition: all.at(-1)!.position })).toEqual({
      count: 0,
      lastDate: null,
      lastPosition: null,
    });
  });

  it('answers one record per ocid with its releases in order; none for a draft that was never public or an unknown ocid', async () => {
    const record = await ocdsRecord(readStore, ocid(PROGRAMME.tenders.amended));
    expect(record).not.toBeNull();
    expect(record!.releases[0]!.tag).toEqual(['tender']);
    expect(record!.releases.map((r) => r.date)).toEqual(
      [...record!.releases.map((r) => r.date)].sort(),
    );
    expect(record!.compiledRelease).toMatchObject({
      ocid: ocid(PROGRAMME.tenders.amended),
      tag: ['compiled'],
      tender: { status: 'complete' },
    });
    expect(await ocdsRecord(readStore, ocid(PROGRAMME.tenders.draftOnly))).toBeNull();
    expect(await ocdsRecord(readStore, 'ocds-ledger-nope')).toBeNull();
  });
});

describe('OCDS read model rebuilds like the others', () => {
  // Random batch sizes, a batch that fails half-way (rolled back), batches delivered again after a
  // "restart": the rows always equal a clean in-memory rebuild, releases and compiled records alike.
  it('is exactly-once under random batches, a failed batch and redelivery', async () => {
    const expected = await project(ocdsProjection, logged);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 3, maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        async (sizes, redeliver) => {
          const file = path.join(dir, `prop-${Math.random().toString(36).slice(2)}.sqlite`);
          const store = await createReadStore({ kind: 'sqlite', file });
          try {
            await prepareProjection(store, ocdsProjection);
            let next = 0;
            let i = 0;
            // It takes every event: a batch of only events the projection ignores must still crash.
            const failing = {
              ...ocdsProjection,
              canHandle: () => true,
              apply: async () => Promise.reject(new Error('crash')),
            };
            while (next < logged.length) {
              const size = sizes[i++ % sizes.length]!;
              const batch = logged.slice(next, next + size);
              if (i === 2) await expect(applyBatch(store, failing, batch)).rejects.toThrow('crash');
              await applyBatch(store, ocdsProjection, batch);
              // The runner re-reads from its stored checkpoint after a restart: an overlap is skipped, not applied twice.
              await applyBatch(
                store,
                ocdsProjection,
                logged.slice(Math.max(0, next + size - redeliver), next + size),
              );
              next += size;
            }
            expect(await allRows(store, ocdsProjection, ocdsReleases)).toEqual(
              expected.rows(ocdsReleases),
            );
            expect(await allRows(store, ocdsProjection, ocdsRecords)).toEqual(
              expected.rows(ocdsRecords),
            );
          } finally {
            await store.close();
          }
        },
      ),
      { numRuns: 5 },
    );
  }, 120_000);
});
