import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  consistencyProof,
  EMPTY_ROOT,
  eventLeafHash,
  inclusionProof,
  inclusionProofs,
  tileKey,
  tilePath,
  tileReader,
  TreeEdge,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
  type SubtreeReader,
} from './merkle';

// An independent reference: RFC 6962 MTH straight from the definition, with createHash (not the
// module's one-shot helpers) and no stored subtrees.
const sha = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const chainHashes = (n: number, seed = 0): string[] =>
  Array.from({ length: n }, (_, i) => sha(Buffer.from(`event ${seed}:${i}`)).toString('hex'));
const refLeaf = (hex: string): Buffer => sha(Buffer.from([0]), Buffer.from(hex, 'hex'));
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha();
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
/** Reads complete subtrees by hashing the leaves under them. */
const leafReader =
  (leaves: Buffer[]): SubtreeReader =>
  (level, index) =>
    mth(leaves.slice(index * 2 ** level, (index + 1) * 2 ** level));

/** Builds tiles through TreeEdge in the given batch sizes, as the adapters do across transactions. */
function tilesFor(hashes: string[], batches: number[]): Map<string, Uint8Array> {
  const tiles = new Map<string, Uint8Array>();
  let edge = TreeEdge.empty();
  let at = 0;
  for (const size of [...batches, hashes.length]) {
    const batch = hashes.slice(at, at + size);
    if (batch.length === 0) continue;
    at += batch.length;
    // Reload the edge from what is stored every other batch, like a fresh process or a cache miss.
    if (at % 2 === 0) edge = TreeEdge.load(edge.size, tiles);
    const grown = edge.append(batch);
    for (const t of grown.tiles) tiles.set(tileKey(t), t.hashes);
    // The level-0 partial tile is not stored: the adapters build it from the events when read.
    const leafTile = grown.edge.leafTile();
    if (leafTile) tiles.set(tileKey(leafTile), leafTile.hashes);
    edge = grown.edge;
  }
  return tiles;
}

const flipBit = (bytes: Uint8Array, bit: number): Buffer => {
  const copy = Buffer.from(bytes);
  copy[Math.floor(bit / 8) % copy.length]! ^= 1 << (bit % 8);
  return copy;
};

describe('RFC 6962 Merkle tree', () => {
  it('hashes a leaf as SHA-256(0x00 || the 32 bytes of the chain hash)', () => {
    const hex = chainHashes(1)[0]!;
    expect(eventLeafHash(hex)).toEqual(refLeaf(hex));
  });

  it('matches the RFC 6962 root for every size up to 300, from stored tiles', () => {
    const hashes = chainHashes(300);
    const leaves = hashes.map(refLeaf);
    const tiles = tilesFor(hashes, [1, 2, 3, 250, 7]);
    expect(treeRoot(0, tileReader(tiles))).toEqual(EMPTY_ROOT);
    expect(EMPTY_ROOT.toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    for (let n = 1; n <= 300; n++)
      expect(Buffer.from(treeRoot(n, tileReader(tiles)))).toEqual(mth(leaves.slice(0, n)));
  });

  it('stores tiles of 256 at C2SP paths, level 1 holding the roots of level-0 tiles', () => {
    const hashes = chainHashes(256 * 3 + 5);
    const tiles = tilesFor(hashes, [100, 200, 300]);
    const leaves = hashes.map(refLeaf);
    expect(tiles.get('0/0')).toEqual(Buffer.concat(leaves.slice(0, 256)));
    expect(tiles.get('0/3')).toEqual(Buffer.concat(leaves.slice(768)));
    expect(tiles.get('1/0')).toEqual(
      Buffer.concat([0, 1, 2].map((t) => mth(leaves.slice(t * 256, (t + 1) * 256)))),
    );
    expect(tilePath(0, 1234067, 256)).toBe('tile/0/x001/x234/067');
    expect(tilePath(1, 3, 5)).toBe('tile/1/003.p/5');
    expect(tilePath(2, 1000, 256)).toBe('tile/2/x001/000');
  });

  it('keeps two edges grown from one edge apart (the first append writes in place, a second copies)', () => {
    const start = chainHashes(200, 11);
    const [a, b] = [chainHashes(100, 12), chainHashes(100, 13)];
    const base = TreeEdge.empty().append(start).edge;
    const first = base.append(a);
    const second = base.append(b);
    const grownFirst = first.edge.append(chainHashes(10, 14));
    const expectTile = (edge: TreeEdge, hashes: string[]): void =>
      expect(edge.leafTile()!.hashes).toEqual(Buffer.concat(hashes.slice(256).map(refLeaf)));
    expectTile(first.edge, [...start, ...a]);
    expectTile(second.edge, [...start, ...b]);
    expectTile(grownFirst.edge, [...start, ...a, ...chainHashes(10, 14)]);
    expect(first.tiles[0]!.hashes).toEqual(
      Buffer.concat([...start, ...a].slice(0, 256).map(refLeaf)),
    );
    expect(second.tiles[0]!.hashes).toEqual(
      Buffer.concat([...start, ...b].slice(0, 256).map(refLeaf)),
    );
    expect(base.leafTile()!.hashes).toEqual(Buffer.concat(start.map(refLeaf)));
  });

  it('keeps a tree of 70,000 leaves (three tile levels) equal to the reference', () => {
    const hashes = chainHashes(70_000, 7);
    const tiles = tilesFor(hashes, [65_535, 1, 1]);
    const leaves = hashes.map(refLeaf);
    expect(Buffer.from(treeRoot(70_000, tileReader(tiles)))).toEqual(mth(leaves));
    expect(tiles.get('2/0')).toEqual(mth(leaves.slice(0, 65_536)));
  });

  it('property: proofs from tiles equal proofs from leaves and verify; any single-bit change fails', () => {
    const hashes = chainHashes(600, 3);
    const leaves = hashes.map(refLeaf);
    const tiles = tilesFor(hashes, [9, 300, 1]);
    const read = tileReader(tiles);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 600 }),
        fc.nat(),
        fc.nat(),
        (a, b, pick, bit) => {
          const n = Math.max(a, b);
          const m = Math.min(a, b);
          const index = pick % n;
          const rootN = treeRoot(n, read);
          const rootM = treeRoot(m, read);
          const leaf = leaves[index]!;
          const inclusion = inclusionProof(index, n, read);
          expect(inclusion.map((h) => Buffer.from(h))).toEqual(
            inclusionProof(index, n, leafReader(leaves)),
          );
          expect(verifyInclusion(leaf, index, n, inclusion, rootN)).toBe(true);
          expect(verifyInclusion(flipBit(leaf, bit), index, n, inclusion, rootN)).toBe(false);
          expect(verifyInclusion(leaf, index, n, inclusion, flipBit(rootN, bit))).toBe(false);
          if (inclusion.length > 0) {
            const at = pick % inclusion.length;
            const broken = inclusion.map((h, i) => (i === at ? flipBit(h, bit) : h));
            expect(verifyInclusion(leaf, index, n, broken, rootN)).toBe(false);
            expect(verifyInclusion(leaf, index, n, inclusion.slice(0, -1), rootN)).toBe(false);
          }
          if (n > 1)
            expect(verifyInclusion(leaf, (index + 1) % n, n, inclusion, rootN)).toBe(false);

          const consistency = consistencyProof(m, n, read);
          expect(consistency.map((h) => Buffer.from(h))).toEqual(
            consistencyProof(m, n, leafReader(leaves)),
          );
          expect(verifyConsistency(m, n, consistency, rootM, rootN)).toBe(true);
          expect(verifyConsistency(m, n, consistency, flipBit(rootM, bit), rootN)).toBe(false);
          expect(verifyConsistency(m, n, consistency, rootM, flipBit(rootN, bit))).toBe(false);
          if (consistency.length > 0) {
            const at = pick % consistency.length;
            const broken = consistency.map((h, i) => (i === at ? flipBit(h, bit) : h));
            expect(verifyConsistency(m, n, broken, rootM, rootN)).toBe(false);
            expect(verifyConsistency(m, n, consistency.slice(1), rootM, rootN)).toBe(false);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('property: batch proofs (bottom-up, an export page) equal the RFC recursion from leaves, order kept', () => {
    const hashes = chainHashes(1_500, 5);
    const leaves = hashes.map(refLeaf);
    const read = tileReader(tilesFor(hashes, [700, 1, 799]));
    const fromLeaves = leafReader(leaves);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_500 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        (n, picks) => {
          const indexes = picks.map((p) => p % n);
          const batch = inclusionProofs(indexes, n, read);
          expect(batch.map((proof) => proof.map((h) => Buffer.from(h)))).toEqual(
            indexes.map((index) => inclusionProof(index, n, fromLeaves)),
          );
        },
      ),
      { numRuns: 60 },
    );
    expect(() => inclusionProofs([3, 10], 10, read)).toThrow(RangeError);
  });

  it('refuses proofs for sizes and indexes outside the tree', () => {
    const read = tileReader(tilesFor(chainHashes(10), []));
    expect(() => inclusionProof(10, 10, read)).toThrow(RangeError);
    expect(() => inclusionProof(-1, 10, read)).toThrow(RangeError);
    expect(() => consistencyProof(11, 10, read)).toThrow(RangeError);
    expect(() => treeRoot(11, read)).toThrow(/behind the log/);
    // A missing tile is the stored tree's damage, named by the first position below it (the API
    // answers 500 CORRUPT_EVENT with it, not an anonymous 500).
    expect(() => treeRoot(300, tileReader(new Map()))).toThrow(
      expect.objectContaining({ code: 'CORRUPT_EVENT', position: 1 }),
    );
    expect(verifyInclusion(EMPTY_ROOT, 3, 3, [], EMPTY_ROOT)).toBe(false);
    expect(verifyConsistency(3, 2, [], EMPTY_ROOT, EMPTY_ROOT)).toBe(false);
    expect(verifyConsistency(2, 2, [EMPTY_ROOT], EMPTY_ROOT, EMPTY_ROOT)).toBe(false);
  });
});
