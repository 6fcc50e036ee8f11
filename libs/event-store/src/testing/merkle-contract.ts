import { createHash } from 'node:crypto';
import { TreeRangeError, WrongExpectedRevisionError } from '../errors';
import { GENESIS_HASH } from '../hash-chain';
import type { EventStoreOptions } from '../memory-event-store';
import {
  EMPTY_ROOT,
  HASH_SIZE,
  TILE_WIDTH,
  tileKey,
  TreeEdge,
  verifyConsistency,
  verifyInclusion,
} from '../merkle';
import { MerkleLog, type MerkleTileStore } from '../merkle-log';
import type { EventMetadata, EventStore, NewEvent, RecordedEvent } from '../types';
import type { CheckpointStore } from '../checkpoint-store';

export interface MerkleContractSubject {
  readonly store: EventStore & MerkleTileStore & CheckpointStore;
  /** Closes the store and removes what the factory created (file, schema). */
  dispose(): Promise<void>;
}

export type MerkleContractFactory = (options: EventStoreOptions) => Promise<MerkleContractSubject>;

const metadata: EventMetadata = {
  actor: 'user-1',
  role: 'procurement-officer',
  correlationId: 'corr-1',
  commandId: 'cmd-1',
  occurredAt: '2026-11-26T10:00:00.000Z',
};
const events = (count: number, from = 0): NewEvent[] =>
  Array.from({ length: count }, (_, i) => ({ type: 'Counted', data: { n: from + i }, metadata }));

// The reference tree is computed here from the log's chain hashes with createHash, independently
// of the merkle module, so a bug there cannot hide in both sides.
const sha = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
function mth(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return sha();
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
async function referenceLeaves(store: EventStore): Promise<Buffer[]> {
  return (await store.readAll()).map((e) => sha(Buffer.from([0]), Buffer.from(e.hash, 'hex')));
}

/** The tree of a list of events built in memory, as a tile store: what a stored tree must equal. */
export function treeOf(events: readonly RecordedEvent[]): MerkleTileStore {
  const { edge, tiles } = TreeEdge.empty().append(events.map((e) => e.hash));
  const leafTile = edge.leafTile();
  const stored = new Map(
    [...tiles, ...(leafTile ? [leafTile] : [])].map((t) => [tileKey(t), t.hashes as Uint8Array]),
  );
  const head = { position: edge.size, hash: events[events.length - 1]?.hash ?? GENESIS_HASH };
  return {
    head: async () => head,
    readTiles: async () => stored,
    treeHead: async () => ({ tree: { size: head.position, hash: head.hash }, log: head }),
  };
}

/** The Merkle tree every tree-keeping adapter maintains with its appends (docs/transparency-log.md). */
export function describeMerkleTreeContract(name: string, factory: MerkleContractFactory): void {
  describe(`Merkle tree contract: ${name}`, () => {
    let subject: MerkleContractSubject;
    let store: EventStore & MerkleTileStore & CheckpointStore;
    let log: MerkleLog;

    beforeEach(async () => {
      subject = await factory({});
      store = subject.store;
      log = new MerkleLog(store);
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it('an empty log is the empty tree', async () => {
      expect(await log.size()).toBe(0);
      expect(Buffer.from(await log.root(0))).toEqual(EMPTY_ROOT);
      expect(await log.tile(0, 0, 1)).toBeUndefined();
    });

    it('grows with every append, however appends are batched, and equals the RFC 6962 tree of the log at every size', async () => {
      await store.append('s-0', events(1), { expectedRevision: 'no_stream' });
      await store.append('s-0', events(3, 1), { expectedRevision: 1 });
      // Concurrent appends are group-committed into shared transactions by the SQL adapters.
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          store.append(`c-${i}`, events(1 + (i % 4), 100 * i), { expectedRevision: 'no_stream' }),
        ),
      );
      await store.appendMulti([
        { stream: 'm-1', expectedRevision: 'no_stream', events: events(TILE_WIDTH) },
        { stream: 'm-2', expectedRevision: 'no_stream', events: events(7) },
      ]);
      for (let i = 0; i < 5; i++)
        await store.append('s-0', events(61, i * 61), { expectedRevision: 'any' });
      const size = (await store.head()).position;
      expect(size).toBeGreaterThan(2 * TILE_WIDTH);
      expect(await log.size()).toBe(size);
      const leaves = await referenceLeaves(store);
      // Every size would be a query each on PostgreSQL: all small sizes, each tile edge, and a stride.
      const sizes = new Set([
        ...Array.from({ length: 12 }, (_, n) => n),
        255,
        256,
        257,
        300,
        511,
        512,
        513,
        size - 1,
        size,
      ]);
      for (let n = 0; n <= size; n += 29) sizes.add(n);
      for (const n of sizes)
        expect(Buffer.from(await log.root(n))).toEqual(mth(leaves.slice(0, n)));
      // Tiles hold the leaf hashes and, one level up, the roots of full level-0 tiles.
      expect(Buffer.from((await log.tile(0, 0, TILE_WIDTH))!)).toEqual(
        Buffer.concat(leaves.slice(0, TILE_WIDTH)),
      );
      expect(Buffer.from((await log.tile(0, 1, 3))!)).toEqual(
        Buffer.concat(leaves.slice(TILE_WIDTH, TILE_WIDTH + 3)),
      );
      expect(Buffer.from((await log.tile(1, 0, 1))!)).toEqual(mth(leaves.slice(0, TILE_WIDTH)));
      expect(
        await log.tile(0, Math.floor(size / TILE_WIDTH), (size % TILE_WIDTH) + 1),
      ).toBeUndefined();
      expect(await log.tile(1, 0, 3)).toBeUndefined();
    }, 30_000);

    it('records the tree size and last leaf with every append, beside the log head', async () => {
      expect(await store.treeHead()).toEqual({
        tree: { size: 0, hash: GENESIS_HASH },
        log: { position: 0, hash: GENESIS_HASH },
      });
      await store.append('s-1', events(3), { expectedRevision: 'no_stream' });
      await store.append('s-1', events(TILE_WIDTH), { expectedRevision: 3 });
      const head = await store.head();
      expect(head.position).toBe(TILE_WIDTH + 3);
      expect(await store.treeHead()).toEqual({
        tree: { size: head.position, hash: head.hash },
        log: head,
      });
    });

    it('proves the inclusion of every event and the consistency of every earlier size', async () => {
      for (let i = 0; i < 6; i++)
        await store.append(`s-${i}`, events(50), { expectedRevision: 'no_stream' });
      const size = (await store.head()).position;
      const leaves = await referenceLeaves(store);
      const root = await log.root(size);
      for (let index = 0; index < size; index += 17) {
        expect(
          verifyInclusion(leaves[index]!, index, size, await log.inclusionProof(index, size), root),
        ).toBe(true);
        const earlier = index + 1;
        const proof = await log.consistencyProof(earlier, size);
        expect(verifyConsistency(earlier, size, proof, await log.root(earlier), root)).toBe(true);
        expect(
          verifyInclusion(
            leaves[index]!,
            index,
            earlier,
            await log.inclusionProof(index, earlier),
            await log.root(earlier),
          ),
        ).toBe(true);
      }
      expect((await log.inclusionProof(0, 1)).length).toBe(0);
      expect((await log.consistencyProof(size, size)).length).toBe(0);
      for (const proof of [
        await log.inclusionProof(size - 1, size),
        await log.consistencyProof(3, size),
      ]) {
        expect(proof.every((hash) => hash.length === HASH_SIZE)).toBe(true);
      }
    }, 30_000);

    it('a refused append adds no leaf', async () => {
      await store.append('s-1', events(3), { expectedRevision: 'no_stream' });
      const before = Buffer.from(await log.root(3));
      await expect(
        store.append('s-1', events(2), { expectedRevision: 'no_stream' }),
      ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(
        store.appendMulti([
          { stream: 's-2', expectedRevision: 'no_stream', events: events(2) },
          { stream: 's-1', expectedRevision: 0, events: events(1) },
        ]),
      ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await log.size()).toBe(3);
      expect(Buffer.from(await log.root(3))).toEqual(before);
      await store.append('s-1', events(1), { expectedRevision: 3 });
      expect(Buffer.from(await log.root(4))).toEqual(mth(await referenceLeaves(store)));
    });

    it('refuses sizes beyond the tree and indexes outside it', async () => {
      await store.append('s-1', events(5), { expectedRevision: 'no_stream' });
      for (const call of [
        () => log.root(6),
        () => log.root(-1),
        () => log.root(Number.NaN),
        () => log.inclusionProof(5, 5),
        () => log.inclusionProof(-1, 5),
        () => log.inclusionProof(0, 6),
        () => log.inclusionProof(1.5, 5),
        () => log.consistencyProof(2, 6),
        () => log.consistencyProof(4, 3),
        () => log.consistencyProof(-1, 3),
      ]) {
        await expect(call()).rejects.toBeInstanceOf(TreeRangeError);
      }
      expect(await log.tile(0, 0, 6)).toBeUndefined();
      expect(await log.tile(0, -1, 1)).toBeUndefined();
      expect(await log.tile(0, 0, 0)).toBeUndefined();
      expect(await log.tile(0, 0, 257)).toBeUndefined();
    });

    it('keeps one checkpoint per tree size, never replaced, listed in size order', async () => {
      expect(await store.latestCheckpoint()).toBeUndefined();
      const at = (size: number, note = `note ${size}\n`) => ({
        size,
        note,
        key: 'log+01020304+AQ==',
        createdAt: `2026-12-06T10:00:${String(size).padStart(2, '0')}.000Z`,
      });
      expect(await store.saveCheckpoint(at(5))).toEqual(at(5));
      expect(await store.saveCheckpoint(at(5, 'another note\n'))).toEqual(at(5));
      await store.saveCheckpoint(at(12));
      await store.saveCheckpoint(at(0));
      expect(await store.latestCheckpoint()).toEqual(at(12));
      expect(await store.checkpointAt(5)).toEqual(at(5));
      expect(await store.checkpointAt(6)).toBeUndefined();
      expect((await store.listCheckpoints()).map((c) => c.size)).toEqual([0, 5, 12]);
      expect((await store.listCheckpoints({ fromSize: 1, limit: 1 })).map((c) => c.size)).toEqual([
        5,
      ]);
      // Witness cosignatures are appended once; the text and the log's signature stay.
      expect(await store.addCosignature(5, '\u2014 witness AAAA\n')).toBe(true);
      expect(await store.addCosignature(5, '\u2014 witness AAAA\n')).toBe(true);
      expect(await store.addCosignature(6, '\u2014 witness AAAA\n')).toBe(false);
      expect((await store.checkpointAt(5))?.note).toBe('note 5\n\u2014 witness AAAA\n');
      // A rotated key: each key's first and last checkpoint.
      await store.saveCheckpoint({ ...at(20), key: 'log+05060708+AQ==' });
      expect(await store.checkpointKeys()).toEqual([
        {
          key: 'log+01020304+AQ==',
          firstSize: 0,
          lastSize: 12,
          firstAt: at(0).createdAt,
          lastAt: at(12).createdAt,
        },
        {
          key: 'log+05060708+AQ==',
          firstSize: 20,
          lastSize: 20,
          firstAt: at(20).createdAt,
          lastAt: at(20).createdAt,
        },
      ]);
    });
  });
}
