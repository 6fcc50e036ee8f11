import {
  interleavedKeys,
  isCheckpointStore,
  type CheckpointStore,
  type StoredCheckpoint,
} from './checkpoint-store';
import {
  HASH_SIZE,
  hashEntries,
  TILE_WIDTH,
  tileEntries,
  tileKey,
  TreeEdge,
  type TileRef,
  type TileWrite,
} from './merkle';
import { isMerkleTileStore, MerkleLog, type MerkleTileStore } from './merkle-log';
import { openNote, parseCheckpoint, parseVerifierKey } from './note';
import type { EventStore, VerifyResult } from './types';

export type TreeBreak =
  /**
   * A stored leaf hash is not SHA-256(0x00 || the event's chain hash); or the last event's chain hash
   * is not the one recorded with the tree (a rewritten tail), or the log has events the tree never took.
   */
  | 'TREE_LEAF_MISMATCH'
  /** A stored subtree hash (tile level >= 1) is not the hash of the leaves below it. */
  | 'TREE_NODE_MISMATCH'
  /** The tree or a signed checkpoint covers positions the log no longer has: its tail was deleted. */
  | 'TREE_TRUNCATED'
  /** A signed checkpoint's root is not the root of the log's tree at its size: history rewritten. */
  | 'CHECKPOINT_MISMATCH'
  /** A stored checkpoint's signature does not verify under the key stored with it. */
  | 'CHECKPOINT_SIGNATURE';

export type TreeVerifyResult =
  | {
      readonly ok: true;
      readonly size: number;
      readonly checkpoints: number;
      /**
       * The largest signed checkpoint size whose root was checked (0: none). For a range past it,
       * the positions after it are checked against the stored tree only: no checkpoint signs them yet.
       */
      readonly coveredTo: number;
    }
  | {
      readonly ok: false;
      /** The first position the break concerns (for a range, its start). */
      readonly position: number;
      readonly code: TreeBreak;
      readonly reason: string;
    };

const PAGE = 5_000;

/** Positions (1-based) below entry `entry` of tile level `level`: 256^level leaves. */
function positionsOf(level: number, entry: number): { first: number; last: number } {
  const width = TILE_WIDTH ** level;
  return { first: entry * width + 1, last: (entry + 1) * width };
}

function firstDifference(expected: Uint8Array, stored: Uint8Array | undefined): number {
  const entries = expected.length / HASH_SIZE;
  for (let k = 0; k < entries; k++) {
    const at = k * HASH_SIZE;
    if (
      !stored ||
      stored.length < at + HASH_SIZE ||
      Buffer.compare(
        Buffer.from(expected.buffer, expected.byteOffset + at, HASH_SIZE),
        Buffer.from(stored.buffer, stored.byteOffset + at, HASH_SIZE),
      ) !== 0
    )
      return k;
  }
  return -1;
}

/**
 * Holds the stored Merkle tree and the signed checkpoints to the log (docs/transparency-log.md
 * "Checking the tree"): rebuilds every tile from the events' chain hashes and compares it with the
 * stored one, then requires each stored checkpoint to be signed by its key, to lie within the log
 * and to carry the root of the log's tree at its size. The chain itself (store.verify) is checked
 * first by the caller: this pass trusts the hash column and finds what the chain cannot show, a
 * deleted tail or a history rewritten with recomputed hashes, against the roots signed before.
 *
 * With a range (`ledger verify --from --to`), the tiles are rebuilt from the stored tree's edge at
 * `from - 1` (the complete subtrees before the range, as stored) plus the range's events, so every
 * leaf in the range and every stored subtree hash over it is compared; the checkpoints' roots are
 * checked up to the first one that covers `to` (one signed root then commits every event in the
 * range), and a mismatch is named from the last one that agrees, as for the whole log.
 */
export async function verifyTree(
  store: EventStore & MerkleTileStore & CheckpointStore,
  onProgress: (done: number, total: number) => void = () => undefined,
  range?: { readonly from: number; readonly to: number },
): Promise<TreeVerifyResult> {
  const head = (await store.head()).position;
  const from = Math.max(1, range?.from ?? 1);
  const to = Math.min(head, range?.to ?? head);
  let edge: TreeEdge;
  try {
    edge = TreeEdge.load(from - 1, await store.readTiles(TreeEdge.refs(from - 1)));
  } catch (error) {
    return {
      ok: false,
      position: from,
      code: 'TREE_NODE_MISMATCH',
      reason: `the stored tree does not hold the subtrees before position ${from}: ${(error as Error).message}`,
    };
  }
  const mismatch = (tile: TileWrite, k: number): TreeVerifyResult => {
    const entry = tile.index * TILE_WIDTH + k;
    const { first, last } = positionsOf(tile.level, entry);
    return tile.level === 0
      ? {
          ok: false,
          position: first,
          code: 'TREE_LEAF_MISMATCH',
          reason: `the stored leaf hash of position ${first} (tile 0/${tile.index}, entry ${k}) is not the hash of its event's chain hash: the tree was altered, or the event's hash was rewritten after the tree took it`,
        }
      : {
          ok: false,
          position: first,
          code: 'TREE_NODE_MISMATCH',
          reason: `the stored subtree hash over positions ${first}..${last} (tile ${tile.level}/${tile.index}, entry ${k}) is not the hash of the leaves below it: the tree was altered`,
        };
  };
  for (let start = from; start <= to; start += PAGE) {
    const page = await store.readAll({
      fromPosition: start,
      toPosition: Math.min(to, start + PAGE - 1),
    });
    const grown = edge.append(page.map((e) => e.hash));
    // The level-0 partial tile too: where the range ends inside a tile that is full (and stored),
    // its leaves up to the range's end are compared, and a changed one is named.
    const leafTile = grown.edge.leafTile();
    const tiles = leafTile ? [...grown.tiles, leafTile] : grown.tiles;
    const stored = await store.readTiles(tiles);
    // Lower levels first, so a changed leaf is named before the subtree hashes above it.
    for (const tile of [...tiles].sort((a, b) => a.level - b.level || a.index - b.index)) {
      const k = firstDifference(tile.hashes, stored.get(tileKey(tile)));
      if (k >= 0) return mismatch(tile, k);
    }
    edge = grown.edge;
    onProgress(Math.min(to, start + PAGE - 1) - from + 1, to - from + 1);
    // A server runs this for an auditor's request (audit verify, the bundle route): a read per
    // page is synchronous on SQLite, so without a turn of the event loop here a long log would
    // hold every other request for the whole check.
    await new Promise((resolve) => setImmediate(resolve));
  }
  // A range ends inside subtrees it did not complete: their stored hashes (which the checkpoints'
  // roots are computed from) must still be the hashes of the stored entries below them, the
  // range's leaves among those now known to match its events.
  if (range) {
    for (let level = 1; tileEntries(head, level) > 0; level++) {
      const width = TILE_WIDTH ** level;
      const entries: number[] = [];
      for (let e = Math.floor((from - 1) / width); e <= Math.floor((to - 1) / width); e++)
        if ((e + 1) * width <= head) entries.push(e);
      const refs = new Map<string, TileRef>();
      for (const e of entries) {
        refs.set(tileKey({ level: level - 1, index: e }), { level: level - 1, index: e });
        const above = { level, index: Math.floor(e / TILE_WIDTH) };
        refs.set(tileKey(above), above);
      }
      const tiles = await store.readTiles([...refs.values()]);
      for (const e of entries) {
        const below = tiles.get(tileKey({ level: level - 1, index: e }));
        const above = tiles.get(tileKey({ level, index: Math.floor(e / TILE_WIDTH) }));
        const k = e % TILE_WIDTH;
        const stored = above?.subarray(k * HASH_SIZE, (k + 1) * HASH_SIZE);
        if (
          !below ||
          below.length < TILE_WIDTH * HASH_SIZE ||
          !stored ||
          stored.length < HASH_SIZE ||
          Buffer.compare(Buffer.from(hashEntries(below, 0, TILE_WIDTH)), stored) !== 0
        ) {
          const { first, last } = positionsOf(level, e);
          return {
            ok: false,
            position: first,
            code: 'TREE_NODE_MISMATCH',
            reason: `the stored subtree hash over positions ${first}..${last} (tile ${level}/${Math.floor(e / TILE_WIDTH)}, entry ${k}) is not the hash of the stored entries below it (tile ${level - 1}/${e}): the tree was altered`,
          };
        }
      }
    }
  }
  // A stored (full) level-0 tile with leaves past the head: events were deleted after the tree took them.
  const beyond = { level: 0, index: Math.floor(head / TILE_WIDTH) };
  const next = { level: 0, index: beyond.index + 1 };
  const edgeTiles = await store.readTiles([beyond, next]);
  const stored = edgeTiles.get(tileKey(beyond))?.length ?? 0;
  if (stored > (head % TILE_WIDTH) * HASH_SIZE || edgeTiles.has(tileKey(next))) {
    return {
      ok: false,
      position: head + 1,
      code: 'TREE_TRUNCATED',
      reason: `the stored tree holds leaves after position ${head}, where the log ends: events from position ${head + 1} on were deleted`,
    };
  }
  // The size and last leaf recorded with every append: a tail deleted, added outside the store or
  // rewritten after the tree took it (the level-0 partial tile is not stored to show it). Read with
  // the log's head in one snapshot, so an append running meanwhile is not mistaken for either.
  const recorded = await store.treeHead();
  const logSize = recorded.log.position;
  if (!recorded.tree)
    return {
      ok: false,
      position: 1,
      code: 'TREE_NODE_MISMATCH',
      reason:
        'the record of the tree size written with every append is missing: the tree was altered',
    };
  if (recorded.tree.size > logSize)
    return {
      ok: false,
      position: logSize + 1,
      code: 'TREE_TRUNCATED',
      reason: `the tree took ${recorded.tree.size} leaves, but the log ends at position ${logSize}: events from position ${logSize + 1} on were deleted`,
    };
  if (recorded.tree.size < logSize)
    return {
      ok: false,
      position: recorded.tree.size + 1,
      code: 'TREE_LEAF_MISMATCH',
      reason: `the tree took ${recorded.tree.size} leaves, but the log has ${logSize} events: events from position ${recorded.tree.size + 1} on were added outside the store`,
    };
  // A range that does not reach the head leaves the tail to another check.
  if (to >= head && recorded.tree.hash !== recorded.log.hash) {
    const first = Math.floor((logSize - 1) / TILE_WIDTH) * TILE_WIDTH + 1;
    return {
      ok: false,
      position: first,
      code: 'TREE_LEAF_MISMATCH',
      reason: `the chain hash of position ${logSize} (the last event) is not the one the tree took: an event between positions ${first} and ${logSize} (the leaves after the last full tile, not stored) was rewritten after the tree took it`,
    };
  }
  /** The checkpoint's size and root once its signature verified and it lies within the log. */
  const open = (c: StoredCheckpoint) => openStoredCheckpoint(c, head);
  // A range stops at the checkpoint that covers it; a deleted tail shows in the latest one.
  if (range) {
    const latest = await store.latestCheckpoint();
    const opened = latest && open(latest);
    if (opened && 'ok' in opened) return opened;
  }
  // Each key signs one run of sizes: a key that signs again after another replaced it is a
  // checkpoint re-signed under a key that was not the log's at that size.
  const interleaved = interleavedKeys(await store.checkpointKeys());
  if (interleaved)
    return {
      ok: false,
      position: Math.min(interleaved.size, head) || 1,
      code: 'CHECKPOINT_SIGNATURE',
      reason: `the checkpoints' keys interleave: ${interleaved.other} signs size ${interleaved.size} between checkpoints of ${interleaved.key}; a key only ever replaces the one before it (a checkpoint re-signed under another key)`,
    };
  // Every signed checkpoint against the log's tree (its tiles now known to match the log); for a
  // range, up to the first that covers its end.
  const merkle = new MerkleLog(store);
  let checkpoints = 0;
  let agreed = 0;
  const covered = () => range !== undefined && agreed >= to;
  for (let fromSize = 0; !covered();) {
    const list = await store.listCheckpoints({ fromSize, limit: 1000 });
    if (list.length === 0) break;
    for (const c of list) {
      if (covered()) break;
      const opened = open(c);
      if ('ok' in opened) return opened;
      const { size, root } = opened;
      if (Buffer.compare(Buffer.from(await merkle.root(size)), root) !== 0)
        return {
          ok: false,
          position: agreed + 1,
          code: 'CHECKPOINT_MISMATCH',
          reason: `the signed checkpoint of size ${size} has another root than the log's tree at that size: events between positions ${agreed + 1} and ${size} were rewritten (the checkpoint of size ${agreed} still agrees)${range && agreed + 1 < from ? `; the range ${from}..${to} starts after that, but this root signs it too` : ''}`,
        };
      agreed = size;
      checkpoints++;
    }
    fromSize = list[list.length - 1]!.size + 1;
  }
  return { ok: true, size: head, checkpoints, coveredTo: agreed };
}

/**
 * The tree and checkpoint check of positions `from..to` after the chain check of the same range
 * (`ledger verify` and `GET /api/v1/audit/verify` both): the whole log when the range spans it,
 * else the range. Undefined for a store that keeps no tree (KurrentDB): the chain is all it has.
 */
export function verifyTreeOf(
  store: EventStore,
  range: { readonly from: number; readonly to: number; readonly head: number },
  onProgress?: (done: number, total: number) => void,
): Promise<TreeVerifyResult> | undefined {
  if (!isMerkleTileStore(store) || !isCheckpointStore(store)) return undefined;
  const whole = range.from <= 1 && range.to >= range.head;
  return verifyTree(store, onProgress, whole ? undefined : { from: range.from, to: range.to });
}

/** The chain check, then the tree and checkpoint check (verifyTreeOf), of `from..to` (default: the whole log). */
export type LogVerifyResult =
  | (Extract<VerifyResult, { ok: true }> & {
      /** Absent for a store that keeps no tree. */
      readonly tree?: { readonly checkpoints: number; readonly coveredTo: number };
    })
  | Extract<VerifyResult, { ok: false }>
  | (Extract<TreeVerifyResult, { ok: false }> & { readonly checked: number });

/**
 * What `GET /api/v1/audit/verify` answers and the bundle route requires before its first byte:
 * the hash chain, then the Merkle tree rebuilt from the events and every stored checkpoint.
 */
export async function verifyLog(
  store: EventStore,
  from?: number,
  to?: number,
): Promise<LogVerifyResult> {
  const head = (await store.head()).position;
  const chain = await store.verify(from, to);
  if (!chain.ok || chain.checked === 0) return chain;
  const tree = await verifyTreeOf(store, { from: chain.from, to: chain.to, head });
  if (tree === undefined) return chain;
  if (!tree.ok) return { ...tree, checked: chain.checked };
  return { ...chain, tree: { checkpoints: tree.checkpoints, coveredTo: tree.coveredTo } };
}

/**
 * A stored checkpoint's size and root once its note opens under the key stored with it, is filed
 * under the size it signs, and lies within a log of `head` events; else the break. The full check
 * (verifyTree) holds every checkpoint to this, the signer the latest before it signs another.
 */
export function openStoredCheckpoint(
  c: StoredCheckpoint,
  head: number,
): { readonly size: number; readonly root: Buffer } | Extract<TreeVerifyResult, { ok: false }> {
  let size: number;
  let root: Buffer;
  try {
    ({ size, root } = parseCheckpoint(openNote(c.note, [parseVerifierKey(c.key)]).text));
  } catch (error) {
    return {
      ok: false,
      position: Math.min(c.size, head) || 1,
      code: 'CHECKPOINT_SIGNATURE',
      reason: `the stored checkpoint of size ${c.size} does not verify under its key ${c.key}: ${(error as Error).message}`,
    };
  }
  // The row's size is what the routes serve the note by (GET /log/checkpoints/<size>, proofs):
  // a row filed under another size than its signed note says hands out the wrong root.
  if (size !== c.size)
    return {
      ok: false,
      position: Math.min(size, c.size, head) || 1,
      code: 'CHECKPOINT_MISMATCH',
      reason: `the checkpoint stored as size ${c.size} carries a signed note of size ${size}: the checkpoint rows were altered`,
    };
  if (size > head)
    return {
      ok: false,
      position: head + 1,
      code: 'TREE_TRUNCATED',
      reason: `a checkpoint of size ${size} was signed, but the log ends at position ${head}: positions ${head + 1}..${size} were deleted`,
    };
  return { size, root };
}
