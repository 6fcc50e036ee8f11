import { hash } from 'node:crypto';
import { CorruptEventError } from './errors';

/**
 * The transparency log's Merkle tree (docs/transparency-log.md): RFC 6962 / RFC 9162 hashing,
 * inclusion and consistency proofs and their verification, and the C2SP tlog-tiles layout the
 * adapters store it in. Leaf i is the event at global position i + 1; its leaf data are the 32
 * raw bytes of the event's chain hash (the `hash` column), so
 *   leaf hash  = SHA-256(0x00 || chainHash)       interior = SHA-256(0x01 || left || right).
 * The chain hash covers the event's canonical bytes and the previous chain hash, so a leaf
 * commits to the event exactly as hashed; the tree can be rebuilt from the hash column alone.
 */

export const HASH_SIZE = 32;
/** C2SP tlog-tiles: tiles of height 8, 256 hashes wide. */
export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 256;

/** A complete subtree hash: the subtree of 2^level leaves starting at leaf index * 2^level. */
export type SubtreeReader = (level: number, index: number) => Uint8Array;

const leafInput = Buffer.alloc(1 + HASH_SIZE);
const nodeInput = Buffer.alloc(1 + 2 * HASH_SIZE);
nodeInput[0] = 1;

export function sha256(data: Uint8Array): Buffer {
  // The digest as a latin1 ('binary') string, copied into a Buffer from Node's shared pool: about
  // half the CPU of the 'buffer' output, which allocates an ArrayBuffer per call (the tree hashes
  // twice per appended event). The result may share its ArrayBuffer: copy it to keep it long.
  return Buffer.from(hash('sha256', data, 'binary'), 'latin1');
}

/** SHA-256(0x00 || data): RFC 6962's leaf hash of any leaf data. */
export function leafHash(data: Uint8Array): Buffer {
  if (data.length === HASH_SIZE) {
    leafInput.set(data, 1);
    return sha256(leafInput);
  }
  return sha256(Buffer.concat([Buffer.from([0]), data]));
}

/** The leaf hash of an event, from its chain hash in lowercase hex. */
export function eventLeafHash(chainHashHex: string): Buffer {
  leafInput.write(chainHashHex, 1, HASH_SIZE, 'hex');
  return sha256(leafInput);
}

/** SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_SIZE);
  return sha256(nodeInput);
}

/** RFC 6962: the hash of the empty tree is the hash of the empty string. */
export const EMPTY_ROOT: Buffer = sha256(new Uint8Array(0));

/** Largest power of two strictly below n (n >= 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function assertSize(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

/**
 * MTH(D[lo:hi]). Every range the RFC recursion reaches is either a complete subtree aligned to its
 * own size (read from storage) or splits at the largest power of two below its width.
 */
function rangeHash(lo: number, hi: number, read: SubtreeReader): Uint8Array {
  const width = hi - lo;
  if ((width & (width - 1)) === 0 && lo % width === 0) return read(Math.log2(width), lo / width);
  const k = split(width);
  return nodeHash(rangeHash(lo, lo + k, read), rangeHash(lo + k, hi, read));
}

/** The root hash of the tree of the first `size` leaves. */
export function treeRoot(size: number, read: SubtreeReader): Uint8Array {
  assertSize(size, 'size');
  return size === 0 ? EMPTY_ROOT : rangeHash(0, size, read);
}

/** RFC 6962 §2.1.1 PATH(index, D[0:size]), leaf side first. */
export function inclusionProof(index: number, size: number, read: SubtreeReader): Uint8Array[] {
  assertSize(index, 'index');
  assertSize(size, 'size');
  if (index >= size) throw new RangeError(`index ${index} is not below size ${size}`);
  const proof: Uint8Array[] = [];
  const path = (m: number, lo: number, hi: number): void => {
    if (hi - lo <= 1) return;
    const k = split(hi - lo);
    if (m < k) {
      path(m, lo, lo + k);
      proof.push(rangeHash(lo + k, hi, read));
    } else {
      path(m - k, lo + k, hi);
      proof.push(rangeHash(lo, lo + k, read));
    }
  };
  path(index, 0, size);
  return proof;
}

/**
 * PATH(index, D[0:size]) for many leaves of one tree (an export's page), bottom-up: leaf i's proof
 * holds, level by level, the hash of its node's sibling when that sibling starts inside the tree
 * (complete, or the right edge D[s:size] when the tree ends inside it). This is the RFC recursion's
 * output in the same order; computed this way each shared subtree hash (from the level below, not
 * from the tile every time) and each right-edge range is hashed once for the whole batch, and a
 * node shared by several proofs is the same object in each (an encoder can cache by identity).
 * `hashNode` and `collect` are for a dry run that only names the tiles read (tilesNeeded), hashing
 * nothing and returning empty proofs (building them was as costly as the rest of the dry run).
 */
export function inclusionProofs(
  indexes: readonly number[],
  size: number,
  read: SubtreeReader,
  hashNode: (left: Uint8Array, right: Uint8Array) => Uint8Array = nodeHash,
  collect = true,
): Uint8Array[][] {
  assertSize(size, 'size');
  for (const index of indexes) {
    assertSize(index, 'index');
    if (index >= size) throw new RangeError(`index ${index} is not below size ${size}`);
  }
  const complete: Map<number, Uint8Array>[] = [];
  const subtree = (level: number, index: number): Uint8Array => {
    const memo = (complete[level] ??= new Map());
    let h = memo.get(index);
    if (!h) {
      h =
        level % TILE_HEIGHT === 0
          ? read(level, index)
          : hashNode(subtree(level - 1, 2 * index), subtree(level - 1, 2 * index + 1));
      memo.set(index, h);
    }
    return h;
  };
  const edges = new Map<number, Uint8Array>();
  // MTH(D[lo:size]) where the tree ends inside the aligned subtree starting at lo.
  const edge = (lo: number): Uint8Array => {
    let h = edges.get(lo);
    if (!h) {
      const width = size - lo;
      if ((width & (width - 1)) === 0) h = subtree(Math.log2(width), lo / width);
      else {
        const k = split(width);
        h = hashNode(subtree(Math.log2(k), lo / k), edge(lo + k));
      }
      edges.set(lo, h);
    }
    return h;
  };
  // Neighbouring leaves share their siblings above level 0: the last one per level is reused.
  const lastSibling: number[] = [];
  const lastNode: (Uint8Array | undefined)[] = [];
  return indexes.map((index) => {
    const proof: Uint8Array[] = [];
    for (let level = 0, width = 1, node = index; width < size; level++, width *= 2) {
      const sibling = node % 2 === 0 ? node + 1 : node - 1;
      node = (node - (node % 2)) / 2;
      const lo = sibling * width;
      if (lo >= size) continue;
      if (lastSibling[level] !== sibling) {
        lastSibling[level] = sibling;
        lastNode[level] = lo + width <= size ? subtree(level, sibling) : edge(lo);
      }
      if (collect) proof.push(lastNode[level]!);
    }
    return proof;
  });
}

/** RFC 6962 §2.1.2 PROOF(m, D[0:n]); empty when m is 0 or m equals n. */
export function consistencyProof(m: number, n: number, read: SubtreeReader): Uint8Array[] {
  assertSize(m, 'first size');
  assertSize(n, 'second size');
  if (m > n) throw new RangeError(`first size ${m} exceeds second size ${n}`);
  const proof: Uint8Array[] = [];
  if (m === 0 || m === n) return proof;
  const sub = (m: number, lo: number, hi: number, complete: boolean): void => {
    if (m === hi - lo) {
      if (!complete) proof.push(rangeHash(lo, hi, read));
      return;
    }
    const k = split(hi - lo);
    if (m <= k) {
      sub(m, lo, lo + k, complete);
      proof.push(rangeHash(lo + k, hi, read));
    } else {
      sub(m - k, lo + k, hi, false);
      proof.push(rangeHash(lo, lo + k, read));
    }
  };
  sub(m, 0, n, true);
  return proof;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** RFC 9162 §2.1.3.2. */
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
    return false;
  if (proof.some((p) => p.length !== HASH_SIZE)) return false;
  let fn = index;
  let sn = size - 1;
  let r: Uint8Array = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(r, root);
}

/** RFC 9162 §2.1.4.2; sizes 0 and m = n accept only the empty proof (with equal roots for m = n). */
export function verifyConsistency(
  m: number,
  n: number,
  proof: readonly Uint8Array[],
  rootM: Uint8Array,
  rootN: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 0 || m > n) return false;
  if (m === 0) return proof.length === 0;
  if (m === n) return proof.length === 0 && equal(rootM, rootN);
  if (proof.length === 0 || proof.some((p) => p.length !== HASH_SIZE)) return false;
  const path = (m & (m - 1)) === 0 ? [rootM, ...proof] : [...proof];
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Uint8Array = path[0]!;
  let sr: Uint8Array = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(fr, rootM) && equal(sr, rootN);
}

// ---- Tiles (C2SP tlog-tiles) ----

/** A stored tile: the hashes at tree level 8 * level, entries index * 256 onwards. */
export interface TileRef {
  readonly level: number;
  readonly index: number;
}

export interface TileWrite extends TileRef {
  /** width * 32 bytes; a partial tile is rewritten as it grows, its earlier bytes never change. */
  readonly hashes: Buffer;
}

/** Entries at tile level `level` (hashes of complete 256^level-leaf subtrees) in a tree of `size` leaves. */
export function tileEntries(size: number, level: number): number {
  return Math.floor(size / TILE_WIDTH ** level);
}

/** C2SP tlog-tiles path of a tile: tile/<L>/<N> with N in 3-digit groups (x001/x234/067), `.p/<W>` when partial. */
export function tilePath(level: number, index: number, width: number): string {
  let n = String(index % 1000).padStart(3, '0');
  for (let rest = Math.floor(index / 1000); rest > 0; rest = Math.floor(rest / 1000))
    n = `x${String(rest % 1000).padStart(3, '0')}/${n}`;
  return `tile/${level}/${n}${width < TILE_WIDTH ? `.p/${width}` : ''}`;
}

/** Where a complete subtree's hash comes from: `count` (a power of two) consecutive entries of one tile. */
export function subtreeLocation(
  level: number,
  index: number,
): { tile: TileRef; start: number; count: number } {
  const tileLevel = Math.floor(level / TILE_HEIGHT);
  const count = 2 ** (level % TILE_HEIGHT);
  const entry = index * count;
  return {
    tile: { level: tileLevel, index: Math.floor(entry / TILE_WIDTH) },
    start: entry % TILE_WIDTH,
    count,
  };
}

/** The Merkle root of `count` (a power of two) consecutive 32-byte hashes of `bytes` starting at entry `start`. */
export function hashEntries(bytes: Uint8Array, start: number, count: number): Uint8Array {
  if (count === 1) return bytes.subarray(start * HASH_SIZE, (start + 1) * HASH_SIZE);
  // In place in one copy of the entries: a pair's left and right hashes are adjacent, so each node
  // is one copy in and one hash, with no view object per entry (inclusion proofs hash up to 247
  // nodes of a tile this way).
  const layer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(
    start * HASH_SIZE,
    (start + count) * HASH_SIZE,
  );
  // A level's node hashes are written back in one run once the level is hashed (they only
  // overwrite entries the level has read), not one Buffer write per node.
  const work = Buffer.from(layer);
  for (let width = count; width > 1; width /= 2) {
    let run = '';
    for (let i = 0; i < width; i += 2) {
      work.copy(nodeInput, 1, i * HASH_SIZE, (i + 2) * HASH_SIZE);
      run += hash('sha256', nodeInput, 'binary');
    }
    work.write(run, 0, 'latin1');
  }
  return work.subarray(0, HASH_SIZE);
}

export const tileKey = (tile: TileRef): string => `${tile.level}/${tile.index}`;

/**
 * The tiles a computation over subtree hashes needs. The proof and root functions take the same
 * path whatever the hash values, so a dry run with placeholder hashes names every read; the
 * caller fetches those tiles (one query) and runs the computation for real with tileReader.
 */
export function tilesNeeded(compute: (read: SubtreeReader) => unknown): TileRef[] {
  const refs = new Map<string, TileRef>();
  const placeholder = Buffer.alloc(HASH_SIZE);
  compute((level, index) => {
    const { tile } = subtreeLocation(level, index);
    refs.set(tileKey(tile), tile);
    return placeholder;
  });
  return [...refs.values()];
}

/** A SubtreeReader over fetched tiles; a missing or short tile means the stored tree is behind the log. */
export function tileReader(tiles: ReadonlyMap<string, Uint8Array>): SubtreeReader {
  return (level, index) => {
    const { tile, start, count } = subtreeLocation(level, index);
    const bytes = tiles.get(tileKey(tile));
    if (!bytes || bytes.length < (start + count) * HASH_SIZE) {
      // A tile the log's size says is stored: the tree was damaged (a row deleted or cut short).
      throw new CorruptEventError(
        (tile.index * TILE_WIDTH + start) * TILE_WIDTH ** tile.level + 1,
        `Merkle tile ${tileKey(tile)} does not hold entries ${start}..${start + count - 1}${bytes ? '' : ' (the tile is missing)'}: the stored tree is damaged or behind the log (ledger verify)`,
      );
    }
    return count === 1
      ? bytes.subarray(start * HASH_SIZE, (start + 1) * HASH_SIZE)
      : hashEntries(bytes, start, count);
  };
}

/** Bytes of a full tile: 256 hashes. */
const TILE_BYTES = TILE_WIDTH * HASH_SIZE;

/**
 * A level-0 tile's bytes from the chain hashes (hex) of its events: their leaf hashes, in order.
 * The adapters store a level-0 tile once it is full; the rightmost, partial one (fewer than 256
 * leaves) is built with this from the events' hash column when it is read.
 */
export function leafTileOf(chainHashes: readonly string[]): Buffer {
  const bytes = Buffer.allocUnsafe(chainHashes.length * HASH_SIZE);
  for (let k = 0; k < chainHashes.length; k++) {
    leafInput.write(chainHashes[k]!, 1, HASH_SIZE, 'hex');
    bytes.write(hash('sha256', leafInput, 'binary'), k * HASH_SIZE, 'latin1');
  }
  return bytes;
}

/**
 * The right edge of the tree: at each tile level the entries of the rightmost, not yet full tile.
 * Appending leaves fills it and names every tile to store, so an adapter maintains the tree in the
 * append transaction by upserting those tiles and never reads the whole tree. The level-0 partial
 * tile is not among them: it changed with every commit (most of the tree's writes), and the
 * adapters build it from the events' hash column when it is read (leafTileOf); the tree's size is
 * recorded with every commit instead (docs/transparency-log.md "Storage").
 */
export class TreeEdge {
  private constructor(
    readonly size: number,
    /**
     * Per tile level, a TILE_BYTES buffer whose first tileEntries(size, level) % 256 entries are
     * the rightmost partial tile's. Those entries are never written once the edge exists; the
     * first append writes its new entries after them in the same buffers (no copy per commit),
     * a second append to the same edge copies them first.
     */
    private readonly partial: readonly (Buffer | undefined)[],
  ) {}

  /** Set by the first append: the buffers past this edge's entries now hold the next edge's. */
  private extended = false;

  static empty(): TreeEdge {
    return new TreeEdge(0, []);
  }

  /** The partial tiles (and their widths) that make up the edge of a tree of `size` leaves. */
  static refs(size: number): (TileRef & { width: number })[] {
    const refs: (TileRef & { width: number })[] = [];
    for (let level = 0; tileEntries(size, level) > 0; level++) {
      const entries = tileEntries(size, level);
      const width = entries % TILE_WIDTH;
      if (width > 0) refs.push({ level, index: Math.floor(entries / TILE_WIDTH), width });
    }
    return refs;
  }

  /**
   * Rebuilds the edge from the partial tiles of `size` (the tiles of TreeEdge.refs(size); the
   * level-0 one as leafTileOf builds it, the others as stored).
   */
  static load(size: number, tiles: ReadonlyMap<string, Uint8Array>): TreeEdge {
    const partial: Buffer[] = [];
    for (const ref of TreeEdge.refs(size)) {
      const bytes = tiles.get(tileKey(ref));
      if (!bytes || bytes.length < ref.width * HASH_SIZE) {
        throw new Error(
          `Merkle tile ${tileKey(ref)} holds fewer than ${ref.width} entries for a log of ${size} events: the stored tree is behind the log`,
        );
      }
      const entries = Buffer.allocUnsafe(TILE_BYTES);
      entries.set(bytes.subarray(0, ref.width * HASH_SIZE));
      partial[ref.level] = entries;
    }
    return new TreeEdge(
      size,
      Array.from({ length: partial.length }, (_, level) => partial[level]),
    );
  }

  /** The level-0 partial tile of this edge (not stored by the adapters), or undefined when the tree ends on a full tile. */
  leafTile(): TileWrite | undefined {
    const width = this.size % TILE_WIDTH;
    if (width === 0) return undefined;
    return {
      level: 0,
      index: Math.floor(this.size / TILE_WIDTH),
      hashes: Buffer.from(this.partial[0]!.subarray(0, width * HASH_SIZE)),
    };
  }

  /**
   * Appends the leaves (chain hashes in hex) without changing this edge: the new edge and the tiles
   * to store (every tile that became full, and the partial tiles of levels >= 1 that grew).
   */
  append(chainHashes: readonly string[]): { edge: TreeEdge; tiles: TileWrite[] } {
    // An edge is appended to once in the adapters (a failed commit drops both edges); a second
    // append (a branch) must not write where the first one's edge has its entries.
    const extend = !this.extended;
    this.extended = true;
    const partial = this.partial.slice();
    const copied: boolean[] = [];
    const writes: TileWrite[] = [];
    // The level's partial tile in a buffer the new edge may write past `used` entries in.
    const own = (level: number, used: number): Buffer => {
      if (!copied[level]) {
        if (!extend || !partial[level]) {
          const entries = Buffer.allocUnsafe(TILE_BYTES);
          if (used > 0) partial[level]!.copy(entries, 0, 0, used * HASH_SIZE);
          partial[level] = entries;
        }
        copied[level] = true;
      }
      return partial[level]!;
    };
    // A full tile is handed over as it is (its buffer replaced), and its root becomes an entry one level up.
    const complete = (level: number, entries: Buffer, index: number): void => {
      writes.push({ level, index, hashes: entries });
      copied[level] = false;
      partial[level] = undefined;
      // This tile is entry `index` of the level above, which holds `index % 256` entries before it.
      const used = index % TILE_WIDTH;
      const next = own(level + 1, used);
      next.set(hashEntries(entries, 0, TILE_WIDTH), used * HASH_SIZE);
      if (used + 1 === TILE_WIDTH) complete(level + 1, next, Math.floor(index / TILE_WIDTH));
    };
    let size = this.size;
    let used = size % TILE_WIDTH;
    let leaves = own(0, used);
    // Leaf hashes as latin1 strings, written into the tile one run at a time (when the tile fills
    // and at the end), not one Buffer write per leaf: no Buffer per leaf either.
    let run = '';
    let runFrom = used;
    for (const chainHash of chainHashes) {
      leafInput.write(chainHash, 1, HASH_SIZE, 'hex');
      run += hash('sha256', leafInput, 'binary');
      size++;
      if (++used === TILE_WIDTH) {
        leaves.write(run, runFrom * HASH_SIZE, 'latin1');
        complete(0, leaves, size / TILE_WIDTH - 1);
        used = runFrom = 0;
        run = '';
        leaves = own(0, 0);
      }
    }
    if (run.length > 0) leaves.write(run, runFrom * HASH_SIZE, 'latin1');
    for (const ref of TreeEdge.refs(size)) {
      if (ref.level > 0 && tileEntries(size, ref.level) !== tileEntries(this.size, ref.level))
        writes.push({
          level: ref.level,
          index: ref.index,
          hashes: partial[ref.level]!.subarray(0, ref.width * HASH_SIZE),
        });
    }
    return { edge: new TreeEdge(size, partial), tiles: writes };
  }
}
