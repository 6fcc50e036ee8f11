import type Database from 'better-sqlite3';
import {
  assertTreeMatchesLog,
  EventIdConflictError,
  GENESIS_HASH,
  planBatch,
  TreeEdge,
  WrongExpectedRevisionError,
  type ExpectedRevision,
  type Head,
  type PlannedOutcome,
  type PreparedAppend,
  type StoredEventRow,
  type TileWrite,
} from '@contract-ledger/event-store';
import { COLUMNS, selectTiles, toRow, treeStatements, type RawRow } from './sqlite-rows';

/** Rows per multi-row INSERT: 1,100 parameters, far below SQLite's limit of 32,766. */
const INSERT_CHUNK = 100;

export interface WrittenBatch {
  /** One per request, in request order. */
  readonly outcomes: readonly PlannedOutcome[];
  /** Whether the batch wrote events (a batch of repeats and conflicts writes none). */
  readonly wrote: boolean;
}

/**
 * The store's commit step: a group-commit batch planned against the log and written with the
 * tree's growth in one IMMEDIATE transaction. It runs on the store's own connection, or on a
 * connection of its own in the writer thread (writer-thread.ts), where the fsync of the commit does
 * not stop the event loop. Throws what SQLite throws; nothing of the batch is written then.
 */
export class SqliteWriter {
  private readonly statements;
  private readonly inserts: Database.Statement[] = [];
  /** The tree's right edge after this writer's last commit; reloaded when another connection appended. */
  private edge: TreeEdge | undefined;
  /** The chain hash of the last leaf `edge` took: a head of that size with another hash was rewritten. */
  private edgeHash = GENESIS_HASH;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      ...treeStatements(db),
      streamRevision: db.prepare('SELECT max(revision) FROM events WHERE stream = ?').pluck(),
      byEventId: db.prepare(`SELECT ${COLUMNS} FROM events WHERE event_id = ?`).raw(),
      putTreeHead: db.prepare(
        'INSERT INTO merkle_head (id, size, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET size = excluded.size, hash = excluded.hash',
      ),
      putTile: db.prepare(
        'INSERT INTO merkle_tiles (level, idx, hashes) VALUES (?, ?, ?) ON CONFLICT (level, idx) DO UPDATE SET hashes = excluded.hashes',
      ),
    };
  }

  commit(requests: readonly (readonly PreparedAppend[])[], recordedAt: string): WrittenBatch {
    const { head, streamRevision, byEventId } = this.statements;
    let edge: TreeEdge | undefined;
    const run = this.db.transaction(() => {
      const headRaw = head.get() as [number, string] | undefined;
      const plan = planBatch(
        requests,
        {
          head: headRaw
            ? { position: headRaw[0], hash: headRaw[1] }
            : { position: 0, hash: GENESIS_HASH },
          streamRevision: (stream) => (streamRevision.get(stream) as number | null) ?? 0,
          storedEvent: (eventId) => {
            const raw = byEventId.get(eventId) as RawRow | undefined;
            return raw && toRow(raw);
          },
        },
        recordedAt,
      );
      // The tree grows in the same transaction as the log: it can never disagree with it. It goes
      // first: an edge loaded from the store (after a restart, or another process's append) reads
      // the level-0 partial tile from the chain hashes up to the head, which must not include
      // this commit's rows yet (with them, a commit that fills the tile found it missing).
      if (plan.rows.length > 0)
        edge = this.growTree(
          headRaw
            ? { position: headRaw[0], hash: headRaw[1] }
            : { position: 0, hash: GENESIS_HASH },
          plan.rows,
        );
      this.insertRows(plan.rows);
      return plan;
    });
    let plan;
    try {
      // IMMEDIATE takes the write lock before reading the head, so another process cannot slip in between.
      plan = run.immediate();
    } catch (error) {
      this.edge = undefined;
      throw error;
    }
    if (edge) {
      this.edge = edge;
      this.edgeHash = plan.rows[plan.rows.length - 1]!.hash;
    }
    return { outcomes: plan.outcomes, wrote: plan.rows.length > 0 };
  }

  /**
   * The tree step of a commit, in its transaction: the new leaves into the edge at `size` (the
   * head read in this transaction: the cached edge, or loaded from the tiles), the tiles that grew
   * and the tree's size and last leaf stored. Returns the new edge, kept once the commit succeeds.
   */
  private growTree(head: Head, rows: readonly StoredEventRow[]): TreeEdge {
    const size = head.position;
    let before = this.edge;
    if (before?.size !== size || this.edgeHash !== head.hash) {
      // Loaded from the store (a restart, or another connection appended): the tree must have
      // taken exactly the log, or the growth would take in events written outside the store.
      assertTreeMatchesLog(
        this.statements.treeHead.get() as { size: number; hash: string } | undefined,
        head,
      );
      before = TreeEdge.load(size, selectTiles(this.statements, TreeEdge.refs(size)));
    }
    const hashes = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) hashes[i] = rows[i]!.hash;
    const grown = before.append(hashes);
    this.storeTree(grown.tiles, grown.edge.size, hashes[hashes.length - 1]!);
    return grown.edge;
  }

  private storeTree(tiles: readonly TileWrite[], size: number, lastHash: string): void {
    for (const t of tiles) this.statements.putTile.run(t.level, t.index, t.hashes);
    this.statements.putTreeHead.run(size, lastHash);
  }

  /**
   * Multi-row INSERTs of up to INSERT_CHUNK rows: one statement step per chunk instead of per row.
   * Statements are prepared on first use per row count, so at most INSERT_CHUNK of them exist.
   */
  private insertRows(rows: readonly StoredEventRow[]): void {
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const count = Math.min(INSERT_CHUNK, rows.length - start);
      let statement = this.inserts[count];
      if (!statement) {
        statement = this.db.prepare(
          `INSERT INTO events (${COLUMNS}) VALUES ${Array(count).fill('(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        );
        this.inserts[count] = statement;
      }
      const values = new Array<unknown>(count * 11);
      for (let i = 0, v = 0; i < count; i++) {
        const r = rows[start + i]!;
        values[v++] = r.position;
        values[v++] = r.stream;
        values[v++] = r.revision;
        values[v++] = r.eventId;
        values[v++] = r.type;
        values[v++] = r.schemaVersion;
        values[v++] = r.data;
        values[v++] = r.metadata;
        values[v++] = r.recordedAt;
        values[v++] = r.prevHash;
        values[v++] = r.hash;
      }
      statement.run(values);
    }
  }
}

/**
 * A planned outcome as it crosses a thread: structured clone keeps an Error's message but not its
 * class or fields, and callers key on both (a 409 with the actual revision). The planner raises
 * only these two (anything else keeps its name and message); what a batch throws fails the whole
 * batch (WireFailure).
 */
export type WireOutcome =
  | Extract<PlannedOutcome, { ok: true }>
  | {
      readonly ok: false;
      readonly error:
        | {
            readonly kind: 'wrong-revision';
            readonly stream: string;
            readonly expected: ExpectedRevision;
            readonly actual: number;
          }
        | { readonly kind: 'id-conflict'; readonly eventId: string; readonly message: string }
        | { readonly kind: 'other'; readonly name: string; readonly message: string };
    };

export function toWire(outcome: PlannedOutcome): WireOutcome {
  if (outcome.ok) return outcome;
  const { error } = outcome;
  if (error instanceof WrongExpectedRevisionError)
    return {
      ok: false,
      error: {
        kind: 'wrong-revision',
        stream: error.stream,
        expected: error.expected,
        actual: error.actual,
      },
    };
  if (error instanceof EventIdConflictError)
    return {
      ok: false,
      error: { kind: 'id-conflict', eventId: error.eventId, message: error.message },
    };
  return { ok: false, error: { kind: 'other', name: error.name, message: error.message } };
}

export function fromWire(outcome: WireOutcome): PlannedOutcome {
  if (outcome.ok) return outcome;
  const { error } = outcome;
  switch (error.kind) {
    case 'wrong-revision':
      return {
        ok: false,
        error: new WrongExpectedRevisionError(error.stream, error.expected, error.actual),
      };
    case 'id-conflict':
      return { ok: false, error: new EventIdConflictError(error.eventId, error.message) };
    default:
      return { ok: false, error: Object.assign(new Error(error.message), { name: error.name }) };
  }
}

/** A whole batch's failure as it crosses a thread: SQLite's code decides unavailable or not. */
export interface WireFailure {
  readonly message: string;
  readonly code?: string;
}
