import { Pool, type PoolClient } from 'pg';
import {
  assertStreamName,
  assertTreeMatchesLog,
  ChainVerifier,
  ChangeNotifier,
  createSubscription,
  decodeFields,
  DEFAULT_MAX_EVENT_BYTES,
  GENESIS_HASH,
  GroupCommitter,
  planBatch,
  prepareAppends,
  settleStoreMode,
  StoreUnavailableError,
  tileKey,
  toAppendResult,
  leafTileOf,
  TILE_WIDTH,
  TreeEdge,
  type AppendResult,
  type CheckpointKeyUse,
  type CheckpointStore,
  type StoredCheckpoint,
  type EventFilter,
  type EventStore,
  type EventStoreOptions,
  type ExpectedRevision,
  type Head,
  type MerkleTileStore,
  type NewEvent,
  type Outcome,
  type PlannedResult,
  type PreparedAppend,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SnapshotRef,
  type SnapshotStore,
  type StoredEventRow,
  type StoredRowReader,
  type StoredStateSnapshot,
  type StreamAppend,
  type SubscribeOptions,
  type Subscription,
  type TileRef,
  type TreeHead,
  type VerifyResult,
  eventIdKeys,
} from '@contract-ledger/event-store';
import { MIGRATIONS } from './migrations';

export interface PostgresEventStoreOptions extends EventStoreOptions {
  /** Used when no pool is given; the store then owns and ends its pool. */
  readonly connectionString?: string;
  /** A pool owned by the caller; close() leaves it open. */
  readonly pool?: Pool;
  /** Schema holding the tables (default "public"); created if absent. */
  readonly schema?: string;
  /** Most appends committed in one group-commit transaction (default 1000). */
  readonly maxBatch?: number;
  /** Polling fallback for live subscriptions when a NOTIFY is missed (default 1000 ms). */
  readonly pollIntervalMs?: number;
}

/** First key of the two-int advisory locks; the second is hashtext(schema), so schemas do not block each other. */
const LOCK_NAMESPACE = 0x1ed6e7;
const MIGRATION_LOCK_NAMESPACE = 0x1ed6e8;
const CHANNEL = 'contract_ledger_events';
const COLUMNS =
  'position, stream, revision, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash';
type RawRow = [
  string,
  string,
  string,
  string,
  string,
  number,
  string,
  string,
  string,
  string,
  string,
];

function toRow(raw: RawRow): StoredEventRow {
  return {
    // int8 arrives as a string; positions and revisions stay far below 2^53.
    position: Number(raw[0]),
    stream: raw[1],
    revision: Number(raw[2]),
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

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** Connection-level failures become StoreUnavailableError (HTTP 503); anything else is a bug and stays as it is. */
function translate(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  const unavailable =
    (typeof code === 'string' &&
      (NETWORK_CODES.has(code) ||
        code.startsWith('08') ||
        code.startsWith('57P') ||
        code === '53300')) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      message,
    );
  return unavailable
    ? new StoreUnavailableError(`PostgreSQL event store unavailable: ${message}`, { cause: error })
    : error;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translate(error);
  }
}

/**
 * PostgreSQL adapter for several API instances on one database. Every append transaction takes
 * one transaction-level advisory lock before reading the head, so writers are serialised and
 * positions are assigned contiguously in commit order (no sequence, hence no gaps on rollback).
 * Within a process, appends waiting for the writer are group-committed into one transaction.
 */
export class PostgresEventStore
  implements EventStore, MerkleTileStore, StoredRowReader, CheckpointStore, SnapshotStore
{
  private readonly committer: GroupCommitter<PreparedAppend[], PlannedResult[]>;
  private readonly notifier = new ChangeNotifier();
  private readonly maxEventBytes: number;
  private readonly clock: () => Date;
  private readonly t: string;
  private readonly tiles: string;
  /** The tree's right edge after this process's last commit; reloaded when another instance appended. */
  private edge: TreeEdge | undefined;
  /** The chain hash of the last leaf `edge` took: a head of that size with another hash was rewritten. */
  private edgeHash = GENESIS_HASH;
  private listener: PoolClient | undefined;
  private listening: Promise<void> | undefined;
  private closed = false;
  private readonly counters = { transactions: 0, appends: 0, events: 0 };

  private constructor(
    private readonly pool: Pool,
    private readonly ownsPool: boolean,
    readonly schema: string,
    private readonly options: PostgresEventStoreOptions,
  ) {
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.clock = options.clock ?? (() => new Date());
    this.t = `"${schema}".events`;
    this.tiles = `"${schema}".merkle_tiles`;
    this.committer = new GroupCommitter(
      (requests) => this.commit(requests),
      options.maxBatch ?? 1000,
    );
  }

  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
    const pool = options.pool ?? new Pool({ connectionString: options.connectionString });
    // An idle client losing its connection emits on the pool; without a listener that would crash the process.
    if (!options.pool) pool.on('error', () => undefined);
    const store = new PostgresEventStore(pool, !options.pool, schema, options);
    try {
      await guarded(() => store.migrate());
    } catch (error) {
      if (!options.pool) await pool.end().catch(() => undefined);
      throw error;
    }
    return store;
  }

  async append(
    stream: string,
    events: readonly NewEvent[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    const [result] = await this.appendMulti([
      { stream, expectedRevision: options?.expectedRevision, events },
    ]);
    return result!;
  }

  async appendMulti(appends: readonly StreamAppend[]): Promise<readonly AppendResult[]> {
    this.assertOpen();
    const prepared = prepareAppends(appends, this.maxEventBytes, this.options.mode);
    const results = await this.committer.submit(prepared);
    return results.map((r) => toAppendResult(r, this.options.upcasters));
  }

  async readStream(
    stream: string,
    options: ReadStreamOptions = {},
  ): Promise<readonly RecordedEvent[]> {
    assertStreamName(stream);
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const sql = backwards
      ? `SELECT ${COLUMNS} FROM ${this.t} WHERE stream = $1 AND revision <= $2 ORDER BY revision DESC LIMIT $3`
      : `SELECT ${COLUMNS} FROM ${this.t} WHERE stream = $1 AND revision >= $2 ORDER BY revision LIMIT $3`;
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 1);
    return this.decode(await this.select(sql, [stream, from, options.limit ?? null]));
  }

  async streamRevision(stream: string): Promise<number> {
    assertStreamName(stream);
    this.assertOpen();
    const result = await guarded(() =>
      this.pool.query({
        text: `SELECT max(revision) FROM ${this.t} WHERE stream = $1`,
        values: [stream],
        rowMode: 'array',
      }),
    );
    return Number((result.rows[0] as [string | null])[0] ?? 0);
  }

  async readAll(options: ReadAllOptions = {}): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    return this.decode(
      await this.selectRange(
        options.fromPosition ?? 1,
        options.toPosition ?? Number.MAX_SAFE_INTEGER,
        options.limit ?? null,
        options.filter,
      ),
    );
  }

  async readEventsById(eventIds: readonly string[]): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    const ids = eventIdKeys(eventIds);
    if (ids.length === 0) return [];
    return this.decode(
      await this.select(
        `SELECT ${COLUMNS} FROM ${this.t} WHERE event_id = ANY($1::uuid[]) ORDER BY position`,
        [ids],
      ),
    );
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    this.assertOpen();
    void this.listen();
    return createSubscription(
      {
        headPosition: async () => (await this.head()).position,
        readRange: async (from, to, filter) =>
          this.decode(await this.selectRange(from, to, null, filter)),
        notifier: this.notifier,
        pollIntervalMs: this.options.pollIntervalMs ?? 1000,
      },
      options,
    );
  }

  async head(): Promise<Head> {
    this.assertOpen();
    const result = await guarded(() =>
      this.pool.query({
        text: `SELECT position, hash FROM ${this.t} ORDER BY position DESC LIMIT 1`,
        rowMode: 'array',
      }),
    );
    const raw = result.rows[0] as [string, string] | undefined;
    return raw ? { position: Number(raw[0]), hash: raw[1] } : { position: 0, hash: GENESIS_HASH };
  }

  async verify(from = 1, to?: number): Promise<VerifyResult> {
    this.assertOpen();
    const start = Math.max(1, from);
    let previous = GENESIS_HASH;
    if (start > 1) {
      const result = await guarded(() =>
        this.pool.query({
          text: `SELECT hash FROM ${this.t} WHERE position = $1`,
          values: [start - 1],
          rowMode: 'array',
        }),
      );
      previous = (result.rows[0] as [string] | undefined)?.[0] ?? GENESIS_HASH;
    }
    const verifier = new ChainVerifier(start, previous);
    const end = to ?? (await this.head()).position;
    const page = 10_000;
    const fetch = (from: number): Promise<RawRow[]> | undefined =>
      from <= end
        ? this.selectRange(from, Math.min(end, from + page - 1), null, undefined)
        : undefined;
    // The next page is requested before this one is hashed: the server reads it while we hash,
    // which on two cores is most of the gain. Rows below `end` are immutable, so order is safe.
    let pending = fetch(start);
    for (let next = start; pending; next += page) {
      const raws = await pending;
      pending = raws.length > 0 ? fetch(next + page) : undefined;
      let ok = true;
      for (const raw of raws) if (!(ok = verifier.check(toRow(raw)))) break;
      if (!ok || raws.length === 0) break;
    }
    // A prefetched page left unread after a break must not become an unhandled rejection.
    pending?.catch(() => undefined);
    return verifier.result(end);
  }

  async readStoredRows(from: number, to: number): Promise<readonly StoredEventRow[]> {
    this.assertOpen();
    return (await this.selectRange(from, to, null, undefined)).map(toRow);
  }

  async readTiles(refs: readonly TileRef[]): Promise<ReadonlyMap<string, Uint8Array>> {
    this.assertOpen();
    return guarded(() => this.selectTiles(this.pool, refs));
  }

  async treeHead(): Promise<TreeHead> {
    this.assertOpen();
    // One statement, one snapshot: the record and the head as of the same moment.
    const result = await guarded(() =>
      this.pool.query({
        text: `SELECT h.size, h.hash, e.position, e.hash
                 FROM (SELECT 1) one
                 LEFT JOIN "${this.schema}".merkle_head h ON h.id = 1
                 LEFT JOIN (SELECT position, hash FROM ${this.t} ORDER BY position DESC LIMIT 1) e ON true`,
        rowMode: 'array',
      }),
    );
    const [size, hash, position, headHash] = result.rows[0] as [
      string | null,
      string | null,
      string | null,
      string | null,
    ];
    return {
      tree: size === null ? undefined : { size: Number(size), hash: hash! },
      log:
        position === null
          ? { position: 0, hash: GENESIS_HASH }
          : { position: Number(position), hash: headHash! },
    };
  }

  async saveCheckpoint(checkpoint: StoredCheckpoint): Promise<StoredCheckpoint> {
    this.assertOpen();
    await guarded(() =>
      this.pool.query(
        `INSERT INTO "${this.schema}".checkpoints (size, note, key, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (size) DO NOTHING`,
        [checkpoint.size, checkpoint.note, checkpoint.key, checkpoint.createdAt],
      ),
    );
    return (await this.selectCheckpoints('WHERE size = $1', [checkpoint.size]))[0]!;
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    return (await this.selectCheckpoints('ORDER BY size DESC LIMIT 1', []))[0];
  }

  async checkpointAt(size: number): Promise<StoredCheckpoint | undefined> {
    return (await this.selectCheckpoints('WHERE size = $1', [size]))[0];
  }

  async listCheckpoints(
    options: { fromSize?: number; limit?: number } = {},
  ): Promise<readonly StoredCheckpoint[]> {
    return this.selectCheckpoints('WHERE size >= $1 ORDER BY size LIMIT $2', [
      options.fromSize ?? 0,
      options.limit ?? 100,
    ]);
  }

  async addCosignature(size: number, line: string): Promise<boolean> {
    this.assertOpen();
    await guarded(() =>
      this.pool.query(
        `UPDATE "${this.schema}".checkpoints SET note = note || $2 WHERE size = $1 AND strpos(note, $2) = 0`,
        [size, line],
      ),
    );
    return (await this.checkpointAt(size)) !== undefined;
  }

  async checkpointKeys(): Promise<readonly CheckpointKeyUse[]> {
    this.assertOpen();
    const result = await guarded(() =>
      this.pool.query({
        text: `SELECT key, min(size), max(size), min(created_at), max(created_at) FROM "${this.schema}".checkpoints GROUP BY key ORDER BY min(size)`,
        rowMode: 'array',
      }),
    );
    return (result.rows as [string, string, string, string, string][]).map(
      ([key, first, last, firstAt, lastAt]) => ({
        key,
        firstSize: Number(first),
        lastSize: Number(last),
        firstAt,
        lastAt,
      }),
    );
  }

  async listSnapshots(folder: string, stream: string): Promise<readonly SnapshotRef[]> {
    this.assertOpen();
    const result = await guarded(() =>
      this.pool.query({
        text: `SELECT revision, position, hash, recorded_at FROM "${this.schema}".state_snapshots WHERE folder = $1 AND stream = $2 ORDER BY revision`,
        values: [folder, stream],
        rowMode: 'array',
      }),
    );
    return (result.rows as [string, string, string, string][]).map(
      ([revision, position, hash, recordedAt]) => ({
        revision: Number(revision),
        position: Number(position),
        hash,
        recordedAt,
      }),
    );
  }

  async readSnapshot(
    folder: string,
    stream: string,
    revision: number,
  ): Promise<StoredStateSnapshot | undefined> {
    this.assertOpen();
    const result = await guarded(() =>
      this.pool.query({
        text: `SELECT revision, position, hash, recorded_at, state, digest FROM "${this.schema}".state_snapshots WHERE folder = $1 AND stream = $2 AND revision = $3`,
        values: [folder, stream, revision],
        rowMode: 'array',
      }),
    );
    const row = result.rows[0] as [string, string, string, string, Buffer, string] | undefined;
    if (row === undefined) return undefined;
    const [rev, position, hash, recordedAt, state, digest] = row;
    return { revision: Number(rev), position: Number(position), hash, recordedAt, state, digest };
  }

  async saveSnapshot(folder: string, stream: string, s: StoredStateSnapshot): Promise<void> {
    this.assertOpen();
    await guarded(() =>
      this.pool.query(
        `INSERT INTO "${this.schema}".state_snapshots (folder, stream, revision, position, hash, recorded_at, state, digest)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (folder, stream, revision) DO UPDATE SET position = excluded.position,
           hash = excluded.hash, recorded_at = excluded.recorded_at, state = excluded.state, digest = excluded.digest`,
        [
          folder,
          stream,
          s.revision,
          s.position,
          s.hash,
          s.recordedAt,
          Buffer.from(s.state.buffer, s.state.byteOffset, s.state.byteLength),
          s.digest,
        ],
      ),
    );
  }

  async deleteSnapshots(folder: string, stream: string, fromRevision: number): Promise<void> {
    this.assertOpen();
    await guarded(() =>
      this.pool.query(
        `DELETE FROM "${this.schema}".state_snapshots WHERE folder = $1 AND stream = $2 AND revision >= $3`,
        [folder, stream, fromRevision],
      ),
    );
  }

  private async selectCheckpoints(where: string, values: unknown[]): Promise<StoredCheckpoint[]> {
    this.assertOpen();
    const result = await guarded(() =>
      this.pool.query({
        text: `SELECT size, note, key, created_at FROM "${this.schema}".checkpoints ${where}`,
        values,
        rowMode: 'array',
      }),
    );
    return (result.rows as [string, string, string, string][]).map(
      ([size, note, key, createdAt]) => ({ size: Number(size), note, key, createdAt }),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.committer.idle();
    this.closed = true;
    this.notifier.signal();
    await this.listening?.catch(() => undefined);
    this.listener?.release(true);
    this.listener = undefined;
    if (this.ownsPool) await this.pool.end();
  }

  /** Group-commit counters since open: appends / transactions is the mean batch size. */
  stats(): { readonly transactions: number; readonly appends: number; readonly events: number } {
    return { ...this.counters };
  }

  /** The pool, for tamper tests and the benchmark; never for application code. */
  unsafePool(): Pool {
    return this.pool;
  }

  private async selectTiles(
    client: Pool | PoolClient,
    refs: readonly TileRef[],
  ): Promise<Map<string, Uint8Array>> {
    const found = new Map<string, Uint8Array>();
    if (refs.length === 0) return found;
    const result = await client.query({
      text: `SELECT level, idx, hashes FROM ${this.tiles} WHERE (level, idx) IN (SELECT * FROM unnest($1::int[], $2::bigint[]))`,
      values: [refs.map((r) => r.level), refs.map((r) => r.index)],
      rowMode: 'array',
    });
    for (const [level, index, hashes] of result.rows as [number, string, Buffer][])
      found.set(tileKey({ level, index: Number(index) }), hashes);
    // The level-0 partial tile is never stored: built from the events' chain hashes.
    for (const ref of refs) {
      if (ref.level !== 0 || found.has(tileKey(ref))) continue;
      const first = ref.index * TILE_WIDTH;
      const rows = await client.query({
        text: `SELECT hash FROM ${this.t} WHERE position > $1 AND position <= $2 ORDER BY position`,
        values: [first, first + TILE_WIDTH],
        rowMode: 'array',
      });
      const hashes = (rows.rows as [string][]).map((row) => row[0]);
      // A full range without its stored tile is a tree missing a tile: left absent.
      if (hashes.length > 0 && hashes.length < TILE_WIDTH)
        found.set(tileKey(ref), leafTileOf(hashes));
    }
    return found;
  }

  private async select(text: string, values: unknown[]): Promise<RawRow[]> {
    const result = await guarded(() => this.pool.query({ text, values, rowMode: 'array' }));
    return result.rows as RawRow[];
  }

  private selectRange(
    from: number,
    to: number,
    limit: number | null,
    filter: EventFilter | undefined,
  ): Promise<RawRow[]> {
    if (!filter || (filter.types === undefined && filter.streamPrefix === undefined)) {
      return this.select(
        `SELECT ${COLUMNS} FROM ${this.t} WHERE position >= $1 AND position <= $2 ORDER BY position LIMIT $3`,
        [from, to, limit],
      );
    }
    return this.select(
      `SELECT ${COLUMNS} FROM ${this.t} WHERE position >= $1 AND position <= $2
         AND ($4::text[] IS NULL OR type = ANY($4::text[]))
         AND ($5::text IS NULL OR left(stream, length($5::text)) = $5::text)
       ORDER BY position LIMIT $3`,
      [from, to, limit, filter.types ? [...filter.types] : null, filter.streamPrefix ?? null],
    );
  }

  private decode(raws: RawRow[]): RecordedEvent[] {
    const upcasters = this.options.upcasters;
    const events = new Array<RecordedEvent>(raws.length);
    for (let i = 0; i < raws.length; i++) {
      const r = raws[i]!;
      // int8 arrives as a string; positions and revisions stay far below 2^53.
      events[i] = decodeFields(
        Number(r[0]),
        r[1],
        Number(r[2]),
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        upcasters,
      );
    }
    return events;
  }

  private async commit(requests: PreparedAppend[][]): Promise<Outcome<PlannedResult[]>[]> {
    if (this.closed)
      return requests.map(() => ({
        ok: false,
        error: new StoreUnavailableError('The event store is closed'),
      }));
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw translate(error);
    }
    try {
      // One round trip for BEGIN and the lock (simple protocol, several statements; the schema name
      // is validated in open(), so it is safe as a literal). The lock must be taken in a statement
      // of its own, before the head is read: a statement's snapshot is taken when it starts.
      await client.query(
        `BEGIN; SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext('${this.schema}'))`,
      );
      const streams = [...new Set(requests.flatMap((appends) => appends.map((a) => a.stream)))];
      const ids = requests.flatMap((appends) =>
        appends.flatMap((a) => a.events.filter((e) => e.explicitId).map((e) => e.eventId)),
      );
      // Head and stream revisions in one round trip: the head row first (kind 0), then one row per stream.
      const stateResult = await client.query({
        name: `${this.schema}.state`,
        text: `(SELECT 0 AS kind, position, hash AS value FROM ${this.t} ORDER BY position DESC LIMIT 1)
               UNION ALL
               SELECT 1, max(revision), stream FROM ${this.t} WHERE stream = ANY($1::text[]) GROUP BY stream`,
        values: [streams],
        rowMode: 'array',
      });
      const idResult =
        ids.length > 0
          ? await client.query({
              name: `${this.schema}.ids`,
              text: `SELECT ${COLUMNS} FROM ${this.t} WHERE event_id = ANY($1::uuid[])`,
              values: [ids],
              rowMode: 'array',
            })
          : { rows: [] };
      let head = { position: 0, hash: GENESIS_HASH };
      const revisions = new Map<string, number>();
      for (const [kind, number, value] of stateResult.rows as [number, string, string][]) {
        if (kind === 0) head = { position: Number(number), hash: value };
        else revisions.set(value, Number(number));
      }
      const stored = new Map((idResult.rows as RawRow[]).map((raw) => [raw[3], toRow(raw)]));
      const plan = planBatch(
        requests,
        {
          head,
          streamRevision: (stream) => revisions.get(stream) ?? 0,
          storedEvent: (eventId) => stored.get(eventId),
        },
        this.clock().toISOString(),
      );
      let edge: TreeEdge | undefined;
      if (plan.rows.length > 0) {
        const r = plan.rows;
        // The tree grows in the same transaction (and statement) as the log: it can never disagree with it.
        let before = this.edge;
        if (before?.size !== head.position || this.edgeHash !== head.hash) {
          // Loaded from the store (a restart, or another instance appended): the tree must have
          // taken exactly the log, or the growth would take in events written outside the store.
          const recorded = await client.query({
            text: `SELECT size, hash FROM "${this.schema}".merkle_head WHERE id = 1`,
            rowMode: 'array',
          });
          const [size, hash] = (recorded.rows[0] ?? []) as [string | undefined, string | undefined];
          assertTreeMatchesLog(
            size === undefined || hash === undefined ? undefined : { size: Number(size), hash },
            head,
          );
          before = TreeEdge.load(
            head.position,
            await this.selectTiles(client, TreeEdge.refs(head.position)),
          );
        }
        const grown = before.append(r.map((x) => x.hash));
        edge = grown.edge;
        // The NOTIFY rides in the same statement as the insert (one round trip fewer); it is still
        // delivered at COMMIT and only if it commits: a listener never hears of an event it cannot read yet.
        await client.query({
          name: `${this.schema}.insert`,
          text: `WITH inserted AS (
                   INSERT INTO ${this.t} (${COLUMNS})
                   SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::uuid[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
                   RETURNING 1),
                 tiles AS (
                   INSERT INTO ${this.tiles} (level, idx, hashes)
                   SELECT * FROM unnest($14::int[], $15::bigint[], $16::bytea[])
                   ON CONFLICT (level, idx) DO UPDATE SET hashes = excluded.hashes),
                 tree_head AS (
                   INSERT INTO "${this.schema}".merkle_head (id, size, hash) VALUES (1, $17, $18)
                   ON CONFLICT (id) DO UPDATE SET size = excluded.size, hash = excluded.hash)
                 SELECT pg_notify($12, $13) WHERE EXISTS (SELECT 1 FROM inserted)`,
          values: [
            r.map((x) => x.position),
            r.map((x) => x.stream),
            r.map((x) => x.revision),
            r.map((x) => x.eventId),
            r.map((x) => x.type),
            r.map((x) => x.schemaVersion),
            r.map((x) => x.data),
            r.map((x) => x.metadata),
            r.map((x) => x.recordedAt),
            r.map((x) => x.prevHash),
            r.map((x) => x.hash),
            CHANNEL,
            this.schema,
            grown.tiles.map((t) => t.level),
            grown.tiles.map((t) => t.index),
            grown.tiles.map((t) => t.hashes),
            grown.edge.size,
            r[r.length - 1]!.hash,
          ],
        });
      }
      await client.query('COMMIT');
      client.release();
      if (edge) {
        this.edge = edge;
        this.edgeHash = plan.rows[plan.rows.length - 1]!.hash;
      }
      this.counters.transactions++;
      this.counters.appends += requests.length;
      this.counters.events += plan.rows.length;
      if (plan.rows.length > 0) this.notifier.signal();
      return plan.outcomes.map((o) => (o.ok ? { ok: true, value: [...o.results] } : o));
    } catch (error) {
      // If COMMIT itself was lost the outcome is unknown; callers retry with the same eventIds and idempotency answers.
      this.edge = undefined;
      await client.query('ROLLBACK').catch(() => undefined);
      client.release(true);
      throw translate(error);
    }
  }

  private listen(): Promise<void> {
    if (this.listening) return this.listening;
    this.listening = (async () => {
      const client = await this.pool.connect();
      client.on('notification', (message) => {
        if (message.payload === this.schema) this.notifier.signal();
      });
      // A dropped listener leaves subscriptions on the polling fallback; the next subscribe() listens again.
      client.on('error', () => {
        if (this.listener === client) this.listener = undefined;
        this.listening = undefined;
        client.release(true);
      });
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closed) client.release(true);
      else this.listener = client;
    })().catch(() => {
      this.listening = undefined;
    });
    return this.listening;
  }

  private async migrate(): Promise<void> {
    const s = `"${this.schema}"`;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        MIGRATION_LOCK_NAMESPACE,
        this.schema,
      ]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${s}.event_store_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const applied = await client.query<{ version: number }>(
        `SELECT version FROM ${s}.event_store_migrations`,
      );
      const done = new Set(applied.rows.map((row) => row.version));
      const newest = Math.max(0, ...done);
      if (newest > MIGRATIONS[MIGRATIONS.length - 1]!.version)
        throw new Error(`Event store schema version ${newest} is newer than this code`);
      for (const migration of MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await client.query(migration.sql(s));
        if (migration.version === 2) await this.backfillTree(client);
        await client.query(
          `INSERT INTO ${s}.event_store_migrations (version, name) VALUES ($1, $2)`,
          [migration.version, migration.name],
        );
      }
      // Under the migration lock, so two instances starting on a new database record one mode.
      const recorded = await client.query<{ value: string }>(
        `SELECT value FROM ${s}.store_info WHERE key = 'mode'`,
      );
      const events = await client.query(`SELECT 1 FROM ${this.t} LIMIT 1`);
      const record = settleStoreMode(
        recorded.rows[0]?.value,
        events.rows.length > 0,
        this.options.mode ?? 'production',
      );
      if (record !== undefined)
        await client.query(`INSERT INTO ${s}.store_info (key, value) VALUES ('mode', $1)`, [
          record,
        ]);
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release(true);
      throw error;
    }
  }

  /** Builds the tiles of a log written before the tree existed, from the stored chain hashes, under the writer lock. */
  private async backfillTree(client: PoolClient): Promise<void> {
    await client.query(
      `SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext('${this.schema}'))`,
    );
    let edge = TreeEdge.empty();
    for (;;) {
      const page = await client.query({
        text: `SELECT hash FROM ${this.t} WHERE position > $1 ORDER BY position LIMIT 10000`,
        values: [edge.size],
        rowMode: 'array',
      });
      if (page.rows.length === 0) return;
      const grown = edge.append((page.rows as [string][]).map((row) => row[0]));
      await client.query({
        text: `INSERT INTO ${this.tiles} (level, idx, hashes) SELECT * FROM unnest($1::int[], $2::bigint[], $3::bytea[])
               ON CONFLICT (level, idx) DO UPDATE SET hashes = excluded.hashes`,
        values: [
          grown.tiles.map((t) => t.level),
          grown.tiles.map((t) => t.index),
          grown.tiles.map((t) => t.hashes),
        ],
      });
      edge = grown.edge;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('The event store is closed');
  }
}

export function openPostgresEventStore(
  options: PostgresEventStoreOptions,
): Promise<PostgresEventStore> {
  return PostgresEventStore.open(options);
}
