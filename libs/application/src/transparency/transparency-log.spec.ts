import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createMemoryEventStore,
  generateCosignerKey,
  openNote,
  parseCosignatureVerifierKey,
  parseCosignerKey,
  parseNote,
  parseCheckpoint,
  parseVerifierKey,
  type MemoryEventStore,
} from '@contract-ledger/event-store';
import { CHECKPOINT_KEY_FILE, loadOrCreateCheckpointKey } from './checkpoint-key';
import { CheckpointScheduler, TransparencyLog } from './transparency-log';

const metadata = {
  actor: 'u',
  role: 'r',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-12-06T00:00:00.000Z',
};
const append = (store: MemoryEventStore, count: number) =>
  store.append(
    `s-${Math.random()}`,
    Array.from({ length: count }, (_, n) => ({ type: 'A', data: { n }, metadata })),
    { expectedRevision: 'no_stream' },
  );

describe('the embedded checkpoint key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ledger-ckey-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is generated once under the data directory, readable by the owner only, and reused', () => {
    const first = loadOrCreateCheckpointKey(dir, 'ledger.example/log');
    const file = path.join(dir, CHECKPOINT_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(
      /^PRIVATE\+KEY\+ledger\.example\/log\+[0-9a-f]{8}\+/,
    );
    expect(loadOrCreateCheckpointKey(dir, 'ledger.example/log').verifier.key).toBe(
      first.verifier.key,
    );
  });

  it('refuses a damaged key file instead of replacing it', () => {
    writeFileSync(path.join(dir, CHECKPOINT_KEY_FILE), 'PRIVATE+KEY+x+00000000+AA==\n');
    expect(() => loadOrCreateCheckpointKey(dir, 'x')).toThrow(
      /does not hold a checkpoint signer key/,
    );
  });
});

describe('TransparencyLog and its cadence', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ledger-ckey-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('signs checkpoints of the current tree with the origin, once per size', async () => {
    const store = createMemoryEventStore();
    const signer = loadOrCreateCheckpointKey(dir, 'ledger.example/log');
    const log = new TransparencyLog(
      store,
      'ledger.example/log',
      signer,
      () => new Date('2026-12-06T10:00:00.000Z'),
    );
    await append(store, 10);
    const checkpoint = await log.checkpoint();
    const { text } = openNote(checkpoint.note, [parseVerifierKey(checkpoint.key)]);
    expect(parseCheckpoint(text)).toEqual({
      origin: 'ledger.example/log',
      size: 10,
      root: Buffer.from(await log.merkle.root(10)),
      extensions: [],
    });
    expect(await log.checkpoint()).toEqual(checkpoint);
    expect(checkpoint.createdAt).toBe('2026-12-06T10:00:00.000Z');
  });

  it('publishes a rotated-out key with the sizes it signed, and the new key from its first checkpoint on', async () => {
    const store = createMemoryEventStore();
    const old = new TransparencyLog(
      store,
      'o',
      loadOrCreateCheckpointKey(path.join(dir, 'a'), 'o'),
    );
    await append(store, 3);
    await old.checkpoint();
    await append(store, 2);
    await old.checkpoint();
    const rotated = new TransparencyLog(
      store,
      'o',
      loadOrCreateCheckpointKey(path.join(dir, 'b'), 'o'),
    );
    await append(store, 4);
    await rotated.checkpoint();
    const keys = await rotated.keys();
    expect(
      keys.map(({ current, validFromSize, validUntilSize }) => ({
        current,
        validFromSize,
        validUntilSize,
      })),
    ).toEqual([
      { current: false, validFromSize: 3, validUntilSize: 9 },
      { current: true, validFromSize: 9, validUntilSize: null },
    ]);
  });

  it('lists the final checkpoints from a size, ascending, skipping those no witness quorum cosigned', async () => {
    const store = createMemoryEventStore();
    const witness = parseCosignerKey(generateCosignerKey('witness.example'));
    const log = new TransparencyLog(
      store,
      'ledger.example/log',
      loadOrCreateCheckpointKey(dir, 'ledger.example/log'),
      () => new Date(),
      [parseCosignatureVerifierKey(witness.key)],
      1,
    );
    const sizes: number[] = [];
    for (let i = 0; i < 250; i++) {
      await append(store, 1);
      const checkpoint = await log.checkpoint();
      sizes.push(checkpoint.size);
      // Every third one cosigned: the others are never final.
      if (i % 3 === 0)
        expect(
          await log.addCosignature(
            checkpoint.size,
            witness.cosign(parseNote(checkpoint.note).text, 1),
          ),
        ).toMatchObject({ ok: true });
    }
    const final = sizes.filter((_, i) => i % 3 === 0);
    expect((await log.finalFrom(0, 1_000)).map((c) => c.size)).toEqual(final);
    // Across the store's pages (100 at a time here), from a size, at most `limit`.
    expect((await log.finalFrom(101, 5)).map((c) => c.size)).toEqual(
      final.filter((size) => size >= 101).slice(0, 5),
    );
    expect((await log.finalFrom(0, 50)).map((c) => c.size)).toEqual(final.slice(0, 50));
    expect(await log.finalFrom(251)).toEqual([]);
  });

  it('takes a checkpoint every N events or after T with events uncovered, and not otherwise', async () => {
    const store = createMemoryEventStore();
    let now = new Date('2026-12-06T10:00:00.000Z');
    const clock = () => now;
    const log = new TransparencyLog(store, 'o', loadOrCreateCheckpointKey(dir, 'o'), clock);
    const scheduler = new CheckpointScheduler(
      log,
      { everyEvents: 5, everyMs: 60_000 },
      (e) => {
        throw e;
      },
      clock,
    );
    expect(await scheduler.tick()).toBe(false); // empty log
    await append(store, 1);
    expect(await scheduler.tick()).toBe(true); // the first events: nothing covers them yet
    await append(store, 4);
    expect(await scheduler.tick()).toBe(false);
    await append(store, 1);
    expect(await scheduler.tick()).toBe(true); // 5 uncovered
    await append(store, 1);
    now = new Date(now.getTime() + 59_000);
    expect(await scheduler.tick()).toBe(false);
    now = new Date(now.getTime() + 1_000);
    expect(await scheduler.tick()).toBe(true);
    expect((await log.latest())?.size).toBe(7);
    now = new Date(now.getTime() + 600_000);
    expect(await scheduler.tick()).toBe(false); // nothing new to cover
  });
});
