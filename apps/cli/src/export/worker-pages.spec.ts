import { auditBundle, TransparencyLog } from '@contract-ledger/application';
import { generateSignerKey, parseSignerKey } from '@contract-ledger/event-store';
import { openSqliteEventStore, type SqliteEventStore } from '@contract-ledger/event-store-sqlite';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workerPages } from './worker-pages';

const metadata = {
  actor: 'u',
  role: 'r',
  correlationId: 'c "q" \\',
  commandId: 'k',
  occurredAt: '2026-12-06T00:00:00.000Z',
};
// Text JSON escapes (quotes, backslashes, control characters) and text it does not (non-ASCII).
const data = (n: number) => ({ n, text: `line ${n}\n\t"quoted" \\ \u0001 é € 😀 \u2028` });

async function bundle(
  store: SqliteEventStore,
  log: TransparencyLog,
  scope: Parameters<typeof auditBundle>[2],
  pages?: ReturnType<typeof workerPages>,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of auditBundle(store, log, scope, undefined, pages))
    chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe('workerPages (ledger export on SQLite)', () => {
  let dir: string;
  let store: SqliteEventStore;
  let log: TransparencyLog;
  // Three pages and a part, level-0 tiles full and partial, a level-1 tile.
  const events = 3_300;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'worker-pages-'));
    store = openSqliteEventStore({ path: path.join(dir, 'ledger.sqlite'), synchronous: 'NORMAL' });
    for (let i = 0; i < events; i += 300)
      await store.append(
        `tender-${i % 7}`,
        Array.from({ length: 300 }, (_, k) => ({ type: 'A', data: data(i + k), metadata })),
        { expectedRevision: 'any' },
      );
    log = new TransparencyLog(
      store,
      'ledger.example/log',
      parseSignerKey(generateSignerKey('ledger.example/log')),
    );
  });

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the bytes the exporter writes in-process, for the whole log and for ranges', async () => {
    for (const threads of [1, 3]) {
      const pages = workerPages(store.path, threads);
      expect(
        (await bundle(store, log, { kind: 'log' }, pages)).equals(
          await bundle(store, log, { kind: 'log' }),
        ),
      ).toBe(true);
      for (const [from, to] of [
        [999, 1001],
        [257, 3_300],
      ] as const) {
        const scope = { kind: 'range', from, to } as const;
        expect(
          (await bundle(store, log, scope, pages)).equals(await bundle(store, log, scope)),
        ).toBe(true);
      }
    }
    // Each bundle starts its threads, which compile the sources when run from them (here).
  }, 60_000);

  it('refuses a damaged row: the export stops with the position, no bundle', async () => {
    const db = new Database(store.path);
    db.exec('DROP TRIGGER events_no_update');
    const original = db.prepare('SELECT data FROM events WHERE position = 2345').pluck().get();
    db.prepare('UPDATE events SET data = ? WHERE position = 2345').run('{"n":-1}');
    try {
      await expect(bundle(store, log, { kind: 'log' }, workerPages(store.path, 2))).rejects.toThrow(
        'event 2345 does not re-hash to its stored hash',
      );
      await expect(bundle(store, log, { kind: 'log' })).rejects.toThrow(
        'event 2345 does not re-hash to its stored hash',
      );
    } finally {
      db.prepare('UPDATE events SET data = ? WHERE position = 2345').run(original);
      db.close();
    }
  }, 30_000);
});
