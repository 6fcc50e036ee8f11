import { ChainVerifier, GENESIS_HASH } from './hash-chain';
import { leafTileOf, TILE_WIDTH, tileKey, TreeEdge, type TileRef } from './merkle';
import type { MerkleTileStore, StoredRowReader, TreeHead } from './merkle-log';
import type { CheckpointKeyUse, CheckpointStore, StoredCheckpoint } from './checkpoint-store';
import { planBatch, type PlannedResult } from './planner';
import { assertStreamName, DEFAULT_MAX_EVENT_BYTES, prepareAppends } from './prepare';
import type { StoreMode } from './store-mode';
import { ChangeNotifier, createSubscription } from './subscription';
import { eventIdKeys } from './uuid';
import type {
  AppendResult,
  EventFilter,
  EventStore,
  ExpectedRevision,
  Head,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoredEventRow,
  StreamAppend,
  SubscribeOptions,
  Subscription,
  VerifyResult,
} from './types';
import { decodeRow, type UpcasterRegistry } from './upcasting';

export interface EventStoreOptions {
  /** Upper bound on the UTF-8 bytes of an event's canonical data + metadata (default 1 MiB). */
  readonly maxEventBytes?: number;
  readonly upcasters?: UpcasterRegistry;
  /** Source of recordedAt; injectable for tests. */
  readonly clock?: () => Date;
  /**
   * What the store is for (default production). A persistent store records it at creation and
   * refuses to open in the other mode (StoreModeMismatchError); a sandbox store adds
   * `metadata.sandbox: true` to every event it appends.
   */
  readonly mode?: StoreMode;
}

export function matchesFilter(
  row: { type: string; stream: string },
  filter: EventFilter | undefined,
): boolean {
  if (!filter) return true;
  if (filter.types && !filter.types.includes(row.type)) return false;
  if (filter.streamPrefix !== undefined && !row.stream.startsWith(filter.streamPrefix))
    return false;
  return true;
}

export function toAppendResult(
  result: PlannedResult,
  upcasters: UpcasterRegistry | undefined,
): AppendResult {
  return {
    revision: result.revision,
    position: result.position,
    events: result.rows.map((row) => decodeRow(row, upcasters)),
  };
}

/** For unit tests and the contract suite's reference: the whole log in an array, nothing durable. */
export class MemoryEventStore
  implements EventStore, MerkleTileStore, StoredRowReader, CheckpointStore
{
  private rows: StoredEventRow[] = [];
  /** The Merkle tree's tiles, maintained with every append like the adapters' tile tables. */
  private readonly tiles = new Map<string, Buffer>();
  private edge = TreeEdge.empty();
  private readonly checkpoints = new Map<number, StoredCheckpoint>();
  private readonly byEventId = new Map<string, StoredEventRow>();
  private readonly streams = new Map<string, StoredEventRow[]>();
  private readonly notifier = new ChangeNotifier();
  private readonly maxEventBytes: number;
  private readonly clock: () => Date;
  private closed = false;

  constructor(private readonly options: EventStoreOptions = {}) {
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.clock = options.clock ?? (() => new Date());
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
    const last = this.rows[this.rows.length - 1];
    const plan = planBatch(
      [prepared],
      {
        head: { position: last?.position ?? 0, hash: last?.hash ?? GENESIS_HASH },
        streamRevision: (s) => this.streams.get(s)?.length ?? 0,
        storedEvent: (id) => this.byEventId.get(id),
      },
      this.clock().toISOString(),
    );
    const outcome = plan.outcomes[0]!;
    if (!outcome.ok) throw outcome.error;
    if (plan.rows.length > 0) {
      const grown = this.edge.append(plan.rows.map((row) => row.hash));
      for (const tile of grown.tiles) this.tiles.set(tileKey(tile), tile.hashes);
      this.edge = grown.edge;
    }
    for (const row of plan.rows) {
      this.rows.push(row);
      this.byEventId.set(row.eventId, row);
      const streamRows = this.streams.get(row.stream) ?? [];
      streamRows.push(row);
      this.streams.set(row.stream, streamRows);
    }
    if (plan.rows.length > 0) this.notifier.signal();
    return outcome.results.map((r) => toAppendResult(r, this.options.upcasters));
  }

  async readStream(
    stream: string,
    options: ReadStreamOptions = {},
  ): Promise<readonly RecordedEvent[]> {
    assertStreamName(stream);
    const rows = this.streams.get(stream) ?? [];
    const limit = options.limit ?? Infinity;
    let selected: StoredEventRow[];
    if (options.direction === 'backwards') {
      const last = Math.min(options.fromRevision ?? rows.length, rows.length);
      selected = rows.slice(Math.max(0, last - limit), Math.max(0, last)).reverse();
    } else {
      const first = Math.max(1, options.fromRevision ?? 1);
      selected = rows.slice(first - 1, first - 1 + limit);
    }
    return selected.map((row) => decodeRow(row, this.options.upcasters));
  }

  async streamRevision(stream: string): Promise<number> {
    assertStreamName(stream);
    return this.streams.get(stream)?.length ?? 0;
  }

  async readAll(options: ReadAllOptions = {}): Promise<readonly RecordedEvent[]> {
    const from = Math.max(1, options.fromPosition ?? 1);
    const to = options.toPosition ?? Infinity;
    const limit = options.limit ?? Infinity;
    const out: RecordedEvent[] = [];
    // Rows sit at index position - 1 unless a test tampered with the array, so scan rather than index.
    for (const row of this.rows) {
      if (out.length >= limit) break;
      if (row.position < from || row.position > to || !matchesFilter(row, options.filter)) continue;
      out.push(decodeRow(row, this.options.upcasters));
    }
    return out;
  }

  async readEventsById(eventIds: readonly string[]): Promise<readonly RecordedEvent[]> {
    return eventIdKeys(eventIds)
      .map((id) => this.byEventId.get(id))
      .filter((row): row is StoredEventRow => row !== undefined)
      .sort((a, b) => a.position - b.position)
      .map((row) => decodeRow(row, this.options.upcasters));
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    return createSubscription(
      {
        headPosition: async () => this.rows[this.rows.length - 1]?.position ?? 0,
        readRange: (from, to, filter) =>
          this.readAll({ fromPosition: from, toPosition: to, ...(filter ? { filter } : {}) }),
        notifier: this.notifier,
        pollIntervalMs: 60_000,
      },
      options,
    );
  }

  async head(): Promise<Head> {
    const last = this.rows[this.rows.length - 1];
    return { position: last?.position ?? 0, hash: last?.hash ?? GENESIS_HASH };
  }

  async verify(from = 1, to?: number): Promise<VerifyResult> {
    const start = Math.max(1, from);
    const previous = this.rows.find((row) => row.position === start - 1);
    const verifier = new ChainVerifier(start, previous?.hash ?? GENESIS_HASH);
    const end = to ?? (await this.head()).position;
    for (const row of this.rows) {
      if (row.position < start) continue;
      if (row.position > end || !verifier.check(row)) break;
    }
    return verifier.result(end);
  }

  async readStoredRows(from: number, to: number): Promise<readonly StoredEventRow[]> {
    return this.rows.filter((row) => row.position >= from && row.position <= to);
  }

  async readTiles(refs: readonly TileRef[]): Promise<ReadonlyMap<string, Uint8Array>> {
    const found = new Map<string, Uint8Array>();
    for (const ref of refs) {
      const bytes = this.tiles.get(tileKey(ref));
      if (bytes) found.set(tileKey(ref), bytes);
      else if (ref.level === 0) {
        // The level-0 partial tile is built from the events, as the SQL adapters do.
        const first = ref.index * TILE_WIDTH;
        const tail = this.rows.slice(first, first + TILE_WIDTH).map((row) => row.hash);
        if (tail.length > 0 && tail.length < TILE_WIDTH) found.set(tileKey(ref), leafTileOf(tail));
      }
    }
    return found;
  }

  async treeHead(): Promise<TreeHead> {
    const last = this.rows[this.rows.length - 1];
    return {
      tree: { size: this.edge.size, hash: last?.hash ?? GENESIS_HASH },
      log: await this.head(),
    };
  }

  async saveCheckpoint(checkpoint: StoredCheckpoint): Promise<StoredCheckpoint> {
    const stored = this.checkpoints.get(checkpoint.size) ?? { ...checkpoint };
    this.checkpoints.set(checkpoint.size, stored);
    return stored;
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    return this.sortedCheckpoints().at(-1);
  }

  async checkpointAt(size: number): Promise<StoredCheckpoint | undefined> {
    return this.checkpoints.get(size);
  }

  async listCheckpoints(
    options: { fromSize?: number; limit?: number } = {},
  ): Promise<readonly StoredCheckpoint[]> {
    return this.sortedCheckpoints()
      .filter((c) => c.size >= (options.fromSize ?? 0))
      .slice(0, options.limit ?? 100);
  }

  async addCosignature(size: number, line: string): Promise<boolean> {
    const stored = this.checkpoints.get(size);
    if (!stored) return false;
    if (!stored.note.includes(line))
      this.checkpoints.set(size, { ...stored, note: stored.note + line });
    return true;
  }

  async checkpointKeys(): Promise<readonly CheckpointKeyUse[]> {
    const uses = new Map<string, CheckpointKeyUse>();
    for (const c of this.sortedCheckpoints()) {
      const use = uses.get(c.key);
      uses.set(
        c.key,
        use
          ? { ...use, lastSize: c.size, lastAt: c.createdAt }
          : {
              key: c.key,
              firstSize: c.size,
              lastSize: c.size,
              firstAt: c.createdAt,
              lastAt: c.createdAt,
            },
      );
    }
    return [...uses.values()];
  }

  private sortedCheckpoints(): StoredCheckpoint[] {
    return [...this.checkpoints.values()].sort((a, b) => a.size - b.size);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.notifier.signal();
  }

  /** Direct access to the stored rows, for the contract suite's tamper tests only. */
  unsafeRows(): StoredEventRow[] {
    return this.rows;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event store is closed');
  }
}

export function createMemoryEventStore(options: EventStoreOptions = {}): MemoryEventStore {
  return new MemoryEventStore(options);
}
