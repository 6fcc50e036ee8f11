import { CorruptEventError, TreeRangeError } from './errors';
import {
  consistencyProof,
  HASH_SIZE,
  inclusionProof,
  inclusionProofs,
  TILE_HEIGHT,
  TILE_WIDTH,
  tileEntries,
  tileKey,
  tileReader,
  tilesNeeded,
  treeRoot,
  type SubtreeReader,
  type TileRef,
} from './merkle';
import type { Head, StoredEventRow } from './types';

/**
 * What an adapter that maintains the Merkle tree offers (memory, SQLite, PostgreSQL). Kept apart
 * from EventStore so an adapter without a tree still is one; the transparency log needs this.
 */
export interface MerkleTileStore {
  head(): Promise<Head>;
  /**
   * The tiles among `refs` (tileKey -> width * 32 bytes): stored ones as stored, the rightmost
   * level-0 partial tile built from the events' chain hashes (leafTileOf); a tile the tree does not
   * hold is absent.
   */
  readTiles(refs: readonly TileRef[]): Promise<ReadonlyMap<string, Uint8Array>>;
  /** The tree's size and last leaf as recorded with the last append, and the log's head, read together. */
  treeHead(): Promise<TreeHead>;
}

export interface TreeHead {
  /**
   * Written in every append transaction with the tiles: the number of leaves and the chain hash
   * of the last one (GENESIS_HASH for 0). Undefined when the record is missing (removed by hand).
   * It is what shows a deleted or rewritten tail now that the level-0 partial tile is not stored.
   */
  readonly tree: { readonly size: number; readonly hash: string } | undefined;
  readonly log: Head;
}

/**
 * The log's rows exactly as stored: data and metadata as the canonical text the chain hash
 * covers, no JSON parse, no upcasting. An export copies these bytes into a bundle as they are
 * (re-serialising parsed events was most of its cost). Offered by the adapters with a tree.
 */
export interface StoredRowReader {
  /** Positions from..to, ascending; fewer when the log ends first. */
  readStoredRows(from: number, to: number): Promise<readonly StoredEventRow[]>;
}

export function isStoredRowReader(store: object): store is StoredRowReader {
  return typeof (store as Partial<StoredRowReader>).readStoredRows === 'function';
}

export function isMerkleTileStore(store: object): store is MerkleTileStore {
  return (
    typeof (store as Partial<MerkleTileStore>).readTiles === 'function' &&
    typeof (store as Partial<MerkleTileStore>).head === 'function'
  );
}

/**
 * The tree's own record of what it took against the log's head, read together: they differ when
 * events were added, deleted or rewritten outside the store. Growing the tree from the log then
 * would take foreign events in, and a checkpoint would sign them and hide the damage, so a writer
 * that (re)loads the tree and the checkpoint signer both refuse, and `ledger verify` names it
 * (TREE_LEAF_MISMATCH, TREE_TRUNCATED). Throws CorruptEventError; the API answers 500
 * CORRUPT_EVENT.
 */
export function assertTreeMatchesLog(
  tree: { readonly size: number; readonly hash: string } | undefined,
  log: Head,
): void {
  if (tree === undefined)
    throw new CorruptEventError(
      1,
      'the record of the Merkle tree size written with every append is missing: the tree was altered; nothing is appended or signed until the log is repaired (ledger verify)',
    );
  if (tree.size !== log.position)
    throw new CorruptEventError(
      Math.min(tree.size, log.position) + 1,
      `the Merkle tree took ${tree.size} leaves but the log has ${log.position} events: the log was changed outside the store; nothing is appended or signed until it is repaired (ledger verify)`,
    );
  if (tree.hash !== log.hash)
    throw new CorruptEventError(
      log.position,
      `the last event's chain hash is not the one the Merkle tree took: the tail was rewritten outside the store; nothing is appended or signed until it is repaired (ledger verify)`,
    );
}

/**
 * Roots, proofs and tiles over an adapter's stored tiles. The tree size is the log's head
 * position; stored tiles only ever grow, so any size up to the head can be proven at any time.
 */
/** Most computed subtree hashes a MerkleLog keeps (about 100 bytes each); cleared when full. */
const SUBTREE_CACHE = 65_536;

export class MerkleLog {
  /**
   * Hashes of complete subtrees inside tiles of level >= 1 (tree levels 9-15, 17-23, ...), each
   * computed from up to 128 tile entries. A complete subtree never changes, so they are kept: a
   * long-lived log (the server's) then hashes about half as much per inclusion proof, and those
   * subtrees are few (about size / 256 of them).
   */
  private readonly subtrees = new Map<string, Uint8Array>();

  constructor(private readonly store: MerkleTileStore) {}

  async size(): Promise<number> {
    return (await this.store.head()).position;
  }

  async root(size: number): Promise<Uint8Array> {
    await this.assertSize(size, 'size');
    return this.compute((read) => treeRoot(size, read));
  }

  /** The inclusion proof of leaf `index` (the event at position index + 1) in the tree of `size` leaves. */
  async inclusionProof(index: number, size: number): Promise<Uint8Array[]> {
    await this.assertSize(size, 'size');
    if (!Number.isSafeInteger(index) || index < 0 || index >= size)
      throw new TreeRangeError(`Leaf index ${index} is not in a tree of ${size} leaves`);
    return this.compute((read) => inclusionProof(index, size, read));
  }

  /**
   * Inclusion proofs of many leaves in one tree (an export's page): the tiles are read once and
   * each subtree hash computed once, bottom-up, where proof by proof would recompute the shared ones.
   */
  async inclusionProofs(indexes: readonly number[], size: number): Promise<Uint8Array[][]> {
    await this.assertSize(size, 'size');
    for (const index of indexes) {
      if (!Number.isSafeInteger(index) || index < 0 || index >= size)
        throw new TreeRangeError(`Leaf index ${index} is not in a tree of ${size} leaves`);
    }
    // The dry run that names the tiles hashes nothing: it was as costly as the proofs themselves.
    const refs = tilesNeeded((read) => inclusionProofs(indexes, size, read, (left) => left, false));
    return inclusionProofs(indexes, size, this.reader(await this.store.readTiles(refs)));
  }

  async consistencyProof(first: number, second: number): Promise<Uint8Array[]> {
    await this.assertSize(second, 'second size');
    if (!Number.isSafeInteger(first) || first < 0 || first > second)
      throw new TreeRangeError(
        `First size ${first} must be between 0 and the second size ${second}`,
      );
    return this.compute((read) => consistencyProof(first, second, read));
  }

  /**
   * A tile as C2SP tlog-tiles serves it: `width` entries (256 for a full tile), or undefined when
   * the tree does not (yet) have those entries.
   */
  async tile(level: number, index: number, width: number): Promise<Uint8Array | undefined> {
    if (
      ![level, index, width].every(Number.isSafeInteger) ||
      level < 0 ||
      index < 0 ||
      width < 1 ||
      width > TILE_WIDTH
    )
      return undefined;
    const size = await this.size();
    if (index * TILE_WIDTH + width > tileEntries(size, level)) return undefined;
    const bytes = (await this.store.readTiles([{ level, index }])).get(tileKey({ level, index }));
    if (!bytes || bytes.length < width * HASH_SIZE)
      throw new CorruptEventError(
        index * TILE_WIDTH ** (level + 1) + 1,
        `Merkle tile ${level}/${index} is missing or shorter than a log of ${size} events needs: the stored tree is damaged (ledger verify)`,
      );
    return bytes.subarray(0, width * HASH_SIZE);
  }

  private async assertSize(size: number, name: string): Promise<void> {
    if (!Number.isSafeInteger(size) || size < 0)
      throw new TreeRangeError(`The ${name} must be a non-negative integer`);
    const head = await this.size();
    if (size > head) throw new TreeRangeError(`The ${name} ${size} exceeds the tree size ${head}`);
  }

  private async compute<T>(work: (read: SubtreeReader) => T): Promise<T> {
    const tiles = await this.store.readTiles(tilesNeeded(work));
    return work(this.reader(tiles));
  }

  private reader(tiles: ReadonlyMap<string, Uint8Array>): SubtreeReader {
    const read = tileReader(tiles);
    return (level, index) => {
      if (level < TILE_HEIGHT || level % TILE_HEIGHT === 0) return read(level, index);
      const key = `${level}/${index}`;
      let hash = this.subtrees.get(key);
      if (!hash) {
        // A copy of its own: a hash from the Buffer pool would keep the pool's 8 KiB alive.
        hash = Uint8Array.from(read(level, index));
        if (this.subtrees.size >= SUBTREE_CACHE) this.subtrees.clear();
        this.subtrees.set(key, hash);
      }
      return hash;
    };
  }
}
