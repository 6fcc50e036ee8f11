// The events table's columns and the tree's reads, shared by the store's connection, the writer
// (sqlite-writer.ts, which may run on a thread of its own) and the read-only row reader.
import type Database from 'better-sqlite3';
import {
  leafTileOf,
  tileKey,
  TILE_WIDTH,
  type StoredEventRow,
  type TileRef,
} from '@contract-ledger/event-store';

export const COLUMNS =
  'position, stream, revision, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash';
export type RawRow = [
  number,
  string,
  number,
  string,
  string,
  number,
  string,
  string,
  string,
  string,
  string,
];

export function toRow(raw: RawRow): StoredEventRow {
  return {
    position: raw[0],
    stream: raw[1],
    revision: raw[2],
    eventId: raw[3],
    type: raw[4],
    schemaVersion: raw[5],
    data: raw[6],
    metadata: raw[7],
    recordedAt: raw[8],
    prevHash: raw[9],
    hash: raw[10],
  };
}

export interface TreeStatements {
  readonly head: Database.Statement;
  readonly tile: Database.Statement;
  readonly chainHashes: Database.Statement;
  readonly treeHead: Database.Statement;
}

export const treeStatements = (db: Database.Database): TreeStatements => ({
  head: db.prepare('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1').raw(),
  tile: db.prepare('SELECT hashes FROM merkle_tiles WHERE level = ? AND idx = ?').pluck(),
  chainHashes: db
    .prepare('SELECT hash FROM events WHERE position > ? AND position <= ? ORDER BY position')
    .pluck(),
  treeHead: db.prepare('SELECT size, hash FROM merkle_head WHERE id = 1'),
});

/** Stored tiles; the level-0 partial one (never stored) built from the events' chain hashes. */
export function selectTiles(
  statements: TreeStatements,
  refs: readonly TileRef[],
): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  for (const ref of refs) {
    const bytes = statements.tile.get(ref.level, ref.index) as Buffer | undefined;
    if (bytes) found.set(tileKey(ref), bytes);
    else if (ref.level === 0) {
      const first = ref.index * TILE_WIDTH;
      const hashes = statements.chainHashes.all(first, first + TILE_WIDTH) as string[];
      // A full range without its stored tile is a tree missing a tile: left absent.
      if (hashes.length > 0 && hashes.length < TILE_WIDTH)
        found.set(tileKey(ref), leafTileOf(hashes));
    }
  }
  return found;
}
