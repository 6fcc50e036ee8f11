import type {
  AppendStreamRequest,
  EventData,
  KurrentDBClient,
  ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import {
  assertStreamName,
  ChainVerifier,
  ChangeNotifier,
  decodeRow,
  DEFAULT_MAX_EVENT_BYTES,
  eventIdKeys,
  GENESIS_HASH,
  GroupCommitter,
  InvalidStreamNameError,
  matchesFilter,
  planBatch,
  prepareAppends,
  StoreUnavailableError,
  toAppendResult,
  type AppendResult,
  type EventStore,
  type EventStoreOptions,
  type ExpectedRevision,
  type Head,
  type NewEvent,
  type Outcome,
  type PlannedResult,
  type PreparedAppend,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StoredEventRow,
  type StreamAppend,
  type SubscribeOptions,
  type Subscription,
  type VerifyResult,
} from '@contract-ledger/event-store';
import { parseKurrentConnectionString } from './connection-string';
import {
  chainRevisionOf,
  expectedStateAfter,
  fromKurrentEvent,
  ledgerRevision,
  streamWrites,
  subscriptionStart,
  toKurrentEvent,
  type KurrentRecordedEvent,
} from './mapping';

/** How the chain stream and the aggregate streams are written together (ADR 0007). */
export type KurrentWriteProtocol = 'multi-stream' | 'two-step';

export interface KurrentEventStoreOptions extends EventStoreOptions {
  /** Used when no client is given; the store then owns and disposes of its client. */
  readonly connectionString?: string;
  /** A client owned by the caller; close() leaves it open. */
  readonly client?: KurrentDBClient;
  /** Prepended to every KurrentDB stream this store writes (tests use one per store; default none). */
  readonly streamPrefix?: string;
  /** The chain stream's name before the prefix (default "ledger-chain"); no ledger stream may use it. */
  readonly chainStream?: string;
  /** Force a protocol; default: multi-stream when the server offers it, else two-step. */
  readonly protocol?: KurrentWriteProtocol;
  /** Most appends group-committed into one write (default 100: KurrentDB bounds one append's size). */
  readonly maxBatch?: number;
  /** Two-step only: how many chain events back the start-up recovery checks the aggregate streams (default 10,000). */
  readonly recoveryWindow?: number;
}

/** The RPC of multi-stream append (KurrentDB 25.1+), as the server lists it in its features. */
const MULTI_STREAM_APPEND = { path: '/kurrentdb.protocol.v2.streams.StreamsService/AppendSession' };
/** Oldest server line the adapter accepts (ADR 0007): older lines are outside anything the client is tested against. */
const MIN_SERVER = [23, 10] as const;
const PAGE = 500;

type ClientModule = typeof import('@kurrent/kurrentdb-client');
interface ServerFeatures {
  readonly serverVersion: string;
  supports(method: { path: string }, feature?: string): boolean;
}

/** The client's errors by `type` (its ErrorType values), so the module needs no eager import. */
const UNAVAILABLE = new Set([
  'unavailable',
  'deadline-exceeded',
  'timeout',
  'cancelled',
  'not-leader',
]);
const errorType = (error: unknown): string | undefined => {
  const type = (error as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
};
const isConflict = (error: unknown): boolean => errorType(error) === 'wrong-expected-version';
const isMissingStream = (error: unknown): boolean =>
  errorType(error) === 'stream-not-found' || errorType(error) === 'no-stream';

function translate(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  const type = errorType(error);
  if (type !== undefined && UNAVAILABLE.has(type)) {
    return new StoreUnavailableError(
      `KurrentDB event store unavailable: ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (
    /ECONNREFUSED|UNAVAILABLE|failed to connect|No connection established|Failed to discover/i.test(
      (error as Error)?.message ?? '',
    )
  ) {
    return new StoreUnavailableError(
      `KurrentDB event store unavailable: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return error;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translate(error);
  }
}

/** Refusals at open: the store does not start rather than run with a weaker guarantee. */
export class KurrentStoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KurrentStoreRefusedError';
  }
}

/**
 * KurrentDB adapter (ADR 0007). The ledger's log is the chain stream: position p is its p-th event,
 * and each event carries position, revision, prevHash and hash in its metadata. Every event is also
 * written to its aggregate stream, atomically with the chain (multi-stream append) or after it
 * (two-step, repaired from the chain). The adapter is the chain's single logical writer: it appends
 * with the chain's expected revision, so a second writer conflicts, catches up and re-plans instead
 * of forking the chain. It keeps an index of the chain in memory (stream -> positions, eventId ->
 * position), built and verified at open, to answer expected-revision and idempotency checks.
 */
export class KurrentEventStore implements EventStore {
  private readonly committer: GroupCommitter<PreparedAppend[], PlannedResult[]>;
  private readonly notifier = new ChangeNotifier();
  private readonly maxEventBytes: number;
  private readonly clock: () => Date;
  private readonly prefix: string;
  private readonly chain: string;
  private readonly ledgerChainName: string;
  private closed = false;
  /** KurrentDB revision of position 1 (0 unless the chain was deleted and rewritten). */
  private base = 0n;
  private headState: Head = { position: 0, hash: GENESIS_HASH };
  private readonly streams = new Map<string, number[]>();
  private readonly ids = new Map<string, number>();
  private refreshing: Promise<void> | undefined;
  private readonly subscriptions = new Set<{ unsubscribe(): Promise<void> }>();

  private constructor(
    private readonly client: KurrentDBClient,
    private readonly ownsClient: boolean,
    readonly protocol: KurrentWriteProtocol,
    readonly serverVersion: string,
    private readonly options: KurrentEventStoreOptions,
  ) {
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.clock = options.clock ?? (() => new Date());
    this.prefix = options.streamPrefix ?? '';
    this.ledgerChainName = options.chainStream ?? 'ledger-chain';
    this.chain = this.prefix + this.ledgerChainName;
    this.committer = new GroupCommitter(
      (requests) => this.commit(requests),
      options.maxBatch ?? 100,
    );
  }

  /**
   * Connects, checks the server (version, features), reads and verifies the whole chain, and (two-step)
   * repairs aggregate streams a crashed writer left behind. Refuses with KurrentStoreRefusedError a
   * server that cannot keep the guarantees and a chain that does not verify; writes nothing then.
   */
  static async open(options: KurrentEventStoreOptions): Promise<KurrentEventStore> {
    if (!options.client && options.connectionString === undefined)
      throw new Error('KurrentEventStore needs a connectionString or a client');
    if (options.connectionString !== undefined)
      parseKurrentConnectionString(options.connectionString);
    const kurrent: ClientModule = await import('@kurrent/kurrentdb-client');
    const client =
      options.client ?? kurrent.KurrentDBClient.connectionString(options.connectionString!);
    const dispose = async (): Promise<void> => {
      if (!options.client) await client.dispose().catch(() => undefined);
    };
    try {
      // The client reads the server's feature list once per connection; it keeps it protected.
      const features = await guarded(
        () => (client as unknown as { capabilities: Promise<ServerFeatures> }).capabilities,
      );
      const version = features.serverVersion;
      const [major = 0, minor = 0] = version.split('.').map(Number);
      if (major < MIN_SERVER[0] || (major === MIN_SERVER[0] && minor < MIN_SERVER[1])) {
        throw new KurrentStoreRefusedError(
          `KurrentDB server ${version} is older than ${MIN_SERVER.join('.')}, the oldest version this adapter supports (ADR 0007)`,
        );
      }
      const multi = features.supports(MULTI_STREAM_APPEND);
      if (options.protocol === 'multi-stream' && !multi) {
        throw new KurrentStoreRefusedError(
          `KurrentDB server ${version} does not offer multi-stream append (KurrentDB 25.1 or later); use protocol two-step`,
        );
      }
      const store = new KurrentEventStore(
        client,
        !options.client,
        options.protocol ?? (multi ? 'multi-stream' : 'two-step'),
        version,
        options,
      );
      await store.load();
      if (store.protocol === 'two-step') await store.recover(options.recoveryWindow ?? 10_000);
      return store;
    } catch (error) {
      await dispose();
      throw translate(error);
    }
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
    const prepared = prepareAppends(appends, this.maxEventBytes);
    for (const append of prepared) this.assertLedgerStream(append.stream);
    const results = await this.committer.submit(prepared);
    return results.map((r) => toAppendResult(r, this.options.upcasters));
  }

  async readStream(
    stream: string,
    options: ReadStreamOptions = {},
  ): Promise<readonly RecordedEvent[]> {
    assertStreamName(stream);
    this.assertOpen();
    if (this.isReserved(stream)) return [];
    if (this.protocol === 'two-step') {
      // The chain is written first: an aggregate stream may lag it until repaired, so repair before reading.
      await this.refresh();
      const known = this.streams.get(stream)?.length ?? 0;
      if (known > 0 && (await this.aggregateRevision(stream)) < known)
        await this.repairStream(stream);
    }
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision;
    if (!backwards && from !== undefined && from < 1)
      return this.readStream(stream, { ...options, fromRevision: 1 });
    if (backwards && from !== undefined && from < 1) return [];
    const kurrent = await this.loadClientModule();
    const rows = await this.readKurrent(this.prefix + stream, {
      direction: backwards ? kurrent.BACKWARDS : kurrent.FORWARDS,
      fromRevision:
        from === undefined ? (backwards ? kurrent.END : kurrent.START) : BigInt(from - 1),
      maxCount: options.limit ?? Number.MAX_SAFE_INTEGER,
    });
    return rows.map((row) => decodeRow(row, this.options.upcasters));
  }

  async streamRevision(stream: string): Promise<number> {
    assertStreamName(stream);
    this.assertOpen();
    await this.refresh();
    return this.streams.get(stream)?.length ?? 0;
  }

  async readAll(options: ReadAllOptions = {}): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    await this.refresh();
    const limit = options.limit ?? Number.MAX_SAFE_INTEGER;
    const last = Math.min(options.toPosition ?? Number.MAX_SAFE_INTEGER, this.headState.position);
    const out: RecordedEvent[] = [];
    for (
      let from = Math.max(1, options.fromPosition ?? 1);
      from <= last && out.length < limit;
      from += PAGE
    ) {
      const rows = await this.readChain(from, Math.min(PAGE, last - from + 1));
      for (const row of rows) {
        if (out.length >= limit) break;
        if (matchesFilter(row, options.filter)) out.push(decodeRow(row, this.options.upcasters));
      }
      if (rows.length === 0) break;
    }
    return out;
  }

  /** Through the in-memory index of the chain (eventId -> position): one chain read per event. */
  async readEventsById(eventIds: readonly string[]): Promise<readonly RecordedEvent[]> {
    this.assertOpen();
    await this.refresh();
    const positions = eventIdKeys(eventIds)
      .map((id) => this.ids.get(id))
      .filter((position): position is number => position !== undefined)
      .sort((a, b) => a - b);
    const out: RecordedEvent[] = [];
    for (const position of positions) {
      const [row] = await this.readChain(position, 1);
      if (row) out.push(decodeRow(row, this.options.upcasters));
    }
    return out;
  }

  /** A catch-up subscription to the chain stream through the client's subscribeToStream. */
  subscribe(options: SubscribeOptions = {}): Subscription {
    this.assertOpen();
    const from = Math.max(1, options.fromPosition ?? 1);
    let stopped = false;
    let active: ({ unsubscribe(): Promise<void> } & AsyncIterable<ResolvedEvent>) | undefined;
    const stop = async (): Promise<void> => {
      stopped = true;
      if (active) {
        this.subscriptions.delete(active);
        await active.unsubscribe().catch(() => undefined);
      }
    };
    const events = async function* (this: KurrentEventStore): AsyncGenerator<RecordedEvent> {
      try {
        const kurrent = await this.loadClientModule();
        if (stopped) return;
        const start = subscriptionStart(from, this.base);
        active = this.client.subscribeToStream(this.chain, {
          fromRevision: start === 'start' ? kurrent.START : start,
        });
        this.subscriptions.add(active);
        let expected = from;
        for await (const resolved of active) {
          if (stopped) return;
          if (!resolved.event) continue;
          const row = fromKurrentEvent(resolved.event as KurrentRecordedEvent, expected);
          if (row.position < expected) continue;
          expected = row.position + 1;
          if (matchesFilter(row, options.filter)) yield decodeRow(row, this.options.upcasters);
        }
      } catch (error) {
        if (!stopped) throw translate(error);
      } finally {
        await stop();
      }
    }.call(this);
    return {
      [Symbol.asyncIterator]: () => events,
      stop: async () => {
        await stop();
        // Ends a `for await` that is parked waiting for the next event.
        await events.return(undefined);
      },
    };
  }

  /** The last event of the chain stream, read from the server (another process may have written). */
  async head(): Promise<Head> {
    this.assertOpen();
    const kurrent = await this.loadClientModule();
    const [last] = await this.readKurrent(this.chain, {
      direction: kurrent.BACKWARDS,
      fromRevision: kurrent.END,
      maxCount: 1,
    });
    return last
      ? { position: last.position, hash: last.hash }
      : { position: 0, hash: GENESIS_HASH };
  }

  /** Verifies what the server holds now (the chain re-read from its first event), not the in-memory index. */
  async verify(from = 1, to?: number): Promise<VerifyResult> {
    this.assertOpen();
    const start = Math.max(1, from);
    const base = await this.chainBase();
    const end = to ?? (await this.head()).position;
    let previous = GENESIS_HASH;
    if (start > 1) previous = (await this.readChain(start - 1, 1, base))[0]?.hash ?? GENESIS_HASH;
    const verifier = new ChainVerifier(start, previous);
    for (let next = start; next <= end; next += PAGE) {
      const rows = await this.readChain(next, Math.min(PAGE, end - next + 1), base);
      let ok = true;
      for (const row of rows) if (!(ok = verifier.check(row))) break;
      if (!ok || rows.length === 0) break;
    }
    return verifier.result(end);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.committer.idle();
    this.closed = true;
    for (const subscription of [...this.subscriptions])
      await subscription.unsubscribe().catch(() => undefined);
    this.subscriptions.clear();
    if (this.ownsClient) await this.client.dispose();
  }

  /** Names as written to KurrentDB, for operators and the tamper hooks of the contract suite. */
  kurrentStreams(): { readonly chain: string; readonly prefix: string } {
    return { chain: this.chain, prefix: this.prefix };
  }

  /** The client, for the contract suite's tamper hooks; never for application code. */
  unsafeClient(): KurrentDBClient {
    return this.client;
  }

  private async commit(requests: PreparedAppend[][]): Promise<Outcome<PlannedResult[]>[]> {
    if (this.closed)
      return requests.map(() => ({
        ok: false,
        error: new StoreUnavailableError('The event store is closed'),
      }));
    // A conflict on the chain means another writer appended first: catch up and plan again.
    for (let attempt = 1; ; attempt++) {
      await this.refresh();
      const stored = await this.storedRows(requests);
      const plan = planBatch(
        requests,
        {
          head: this.headState,
          streamRevision: (s) => this.streams.get(s)?.length ?? 0,
          storedEvent: (id) => stored.get(id),
        },
        this.clock().toISOString(),
      );
      if (plan.rows.length === 0)
        return plan.outcomes.map((o) => (o.ok ? { ok: true, value: [...o.results] } : o));
      try {
        await this.write(plan.rows);
      } catch (error) {
        const stream = (error as { streamName?: unknown }).streamName;
        if (
          isConflict(error) &&
          typeof stream === 'string' &&
          stream !== '' &&
          stream !== this.chain
        ) {
          // The chain agreed but an aggregate stream did not: something else writes to it. Retrying cannot help.
          throw new Error(
            `KurrentDB stream "${stream}" holds events the ledger's chain does not: it is written outside the ledger`,
            { cause: error },
          );
        }
        if (isConflict(error) && attempt < 20) continue;
        throw translate(error);
      }
      this.notifier.signal();
      return plan.outcomes.map((o) => (o.ok ? { ok: true, value: [...o.results] } : o));
    }
  }

  private chainExpectedState(): 'no_stream' | bigint {
    return this.headState.position === 0
      ? 'no_stream'
      : chainRevisionOf(this.headState.position, this.base);
  }

  private async write(rows: readonly StoredEventRow[]): Promise<void> {
    const chainEvents = rows.map((row) => toKurrentEvent(row, 'chain') as unknown as EventData);
    const writes = streamWrites(rows);
    if (this.protocol === 'multi-stream') {
      const requests: AppendStreamRequest[] = [
        { streamName: this.chain, expectedState: this.chainExpectedState(), events: chainEvents },
        ...writes.map((w) => ({
          streamName: this.prefix + w.stream,
          expectedState: w.expectedState,
          events: w.rows.map((r) => toKurrentEvent(r, 'stream') as unknown as EventData),
        })),
      ];
      await this.client.multiStreamAppend(requests);
      for (const row of rows) this.applyRow(row);
      return;
    }
    // Two-step: the chain append is the commit point. Once it succeeded the events are in the log,
    // whatever happens to the aggregate writes after it (they are repaired from the chain).
    const result = await this.client.appendToStream(this.chain, chainEvents, {
      streamState: this.chainExpectedState(),
    });
    if (!result.success)
      throw Object.assign(new Error(`chain stream ${this.chain} moved on`), {
        type: 'wrong-expected-version',
      });
    for (const row of rows) this.applyRow(row);
    for (const w of writes) {
      try {
        const written = await this.client.appendToStream(
          this.prefix + w.stream,
          w.rows.map((r) => toKurrentEvent(r, 'stream') as unknown as EventData),
          { streamState: w.expectedState },
        );
        if (!written.success) await this.repairStream(w.stream);
      } catch (error) {
        // Behind (an earlier writer crashed between its two steps): fill it from the chain.
        if (isConflict(error)) await this.repairStream(w.stream);
        else throw error;
      }
    }
  }

  /** Adds a chain row to the index if it is the next position; rows already seen are skipped. */
  private applyRow(row: StoredEventRow): void {
    if (row.position <= this.headState.position) return;
    if (row.position !== this.headState.position + 1 || row.prevHash !== this.headState.hash) {
      throw new Error(
        `KurrentDB chain stream ${this.chain}: position ${row.position} does not follow ${this.headState.position} (chain broken or rewritten; run ledger verify)`,
      );
    }
    const positions = this.streams.get(row.stream);
    if (positions === undefined) this.streams.set(row.stream, [row.position]);
    else positions.push(row.position);
    this.ids.set(row.eventId, row.position);
    this.headState = { position: row.position, hash: row.hash };
  }

  /** Reads the chain from the index's head to the server's; one read, usually empty. Shared by concurrent callers. */
  private refresh(): Promise<void> {
    if (this.refreshing) return this.refreshing;
    this.refreshing = (async () => {
      try {
        for (;;) {
          const rows = await this.readChain(this.headState.position + 1, PAGE);
          for (const row of rows) this.applyRow(row);
          if (rows.length < PAGE) return;
        }
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  /** Builds the index from the whole chain, verifying every link; a break refuses the start. */
  private async load(): Promise<void> {
    this.base = await this.chainBase();
    const verifier = new ChainVerifier(1, GENESIS_HASH);
    for (;;) {
      const rows = await this.readChain(this.headState.position + 1, PAGE);
      for (const row of rows) {
        if (!verifier.check(row)) {
          const broken = verifier.result(row.position);
          throw new KurrentStoreRefusedError(
            `KurrentDB chain stream ${this.chain} does not verify at position ${broken.ok ? row.position : broken.position}: ${broken.ok ? '' : broken.reason}; refusing to start (nothing written)`,
          );
        }
        this.applyRow(row);
      }
      if (rows.length < PAGE) return;
    }
  }

  /** Two-step start-up: the streams of the last `window` chain events must hold them; fill what a crash left out. */
  private async recover(window: number): Promise<void> {
    const first = Math.max(1, this.headState.position - window + 1);
    const touched = new Set<string>();
    for (let from = first; from <= this.headState.position; from += PAGE) {
      for (const row of await this.readChain(from, PAGE)) touched.add(row.stream);
    }
    for (const stream of touched) {
      if ((await this.aggregateRevision(stream)) < (this.streams.get(stream)?.length ?? 0))
        await this.repairStream(stream);
    }
  }

  /** Appends to an aggregate stream the chain events it lacks, with the expected revision (a racing repair conflicts harmlessly). */
  private async repairStream(stream: string): Promise<void> {
    const positions = this.streams.get(stream) ?? [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const have = await this.aggregateRevision(stream);
      if (have >= positions.length) return;
      const rows: StoredEventRow[] = [];
      for (const position of positions.slice(have))
        rows.push(...(await this.readChain(position, 1)));
      try {
        await this.client.appendToStream(
          this.prefix + stream,
          rows.map((r) => toKurrentEvent(r, 'stream') as unknown as EventData),
          { streamState: expectedStateAfter(have) },
        );
        return;
      } catch (error) {
        if (!isConflict(error)) throw translate(error);
      }
    }
  }

  private async aggregateRevision(stream: string): Promise<number> {
    const kurrent = await this.loadClientModule();
    try {
      for await (const resolved of this.client.readStream(this.prefix + stream, {
        direction: kurrent.BACKWARDS,
        fromRevision: kurrent.END,
        maxCount: 1,
      })) {
        if (resolved.event) return ledgerRevision(resolved.event.revision);
      }
      return 0;
    } catch (error) {
      if (isMissingStream(error)) return 0;
      throw translate(error);
    }
  }

  /** The stored rows of a batch's caller-supplied eventIds that the chain already holds (idempotent repeats). */
  private async storedRows(requests: PreparedAppend[][]): Promise<Map<string, StoredEventRow>> {
    const stored = new Map<string, StoredEventRow>();
    for (const appends of requests) {
      for (const append of appends) {
        for (const event of append.events) {
          const position = event.explicitId ? this.ids.get(event.eventId) : undefined;
          if (position === undefined || stored.has(event.eventId)) continue;
          const [row] = await this.readChain(position, 1);
          if (row) stored.set(event.eventId, row);
        }
      }
    }
    return stored;
  }

  /** `count` chain rows from `position`, as stored (numbers from the metadata). */
  private async readChain(
    position: number,
    count: number,
    base = this.base,
  ): Promise<StoredEventRow[]> {
    const kurrent = await this.loadClientModule();
    return this.readKurrent(
      this.chain,
      {
        direction: kurrent.FORWARDS,
        fromRevision: chainRevisionOf(position, base),
        maxCount: count,
      },
      position,
    );
  }

  private async readKurrent(
    streamName: string,
    options: {
      direction: 'forwards' | 'backwards';
      fromRevision: 'start' | 'end' | bigint;
      maxCount: number;
    },
    firstPosition = 0,
  ): Promise<StoredEventRow[]> {
    const rows: StoredEventRow[] = [];
    try {
      for await (const resolved of this.client.readStream(streamName, options)) {
        if (resolved.event)
          rows.push(
            fromKurrentEvent(resolved.event as KurrentRecordedEvent, firstPosition + rows.length),
          );
      }
    } catch (error) {
      if (isMissingStream(error)) return [];
      throw translate(error);
    }
    return rows;
  }

  /** KurrentDB revision of the chain's first event: 0 unless the stream was deleted and written again. */
  private async chainBase(): Promise<bigint> {
    const kurrent = await this.loadClientModule();
    try {
      for await (const resolved of this.client.readStream(this.chain, {
        direction: kurrent.FORWARDS,
        fromRevision: kurrent.START,
        maxCount: 1,
      })) {
        if (resolved.event) return resolved.event.revision;
      }
    } catch (error) {
      if (!isMissingStream(error)) throw translate(error);
    }
    return 0n;
  }

  private loadClientModule(): Promise<ClientModule> {
    return import('@kurrent/kurrentdb-client');
  }

  /** KurrentDB system streams start with "$", and the chain stream is the adapter's own. */
  private isReserved(stream: string): boolean {
    return stream.startsWith('$') || stream === this.ledgerChainName;
  }

  private assertLedgerStream(stream: string): void {
    if (this.isReserved(stream)) throw new InvalidStreamNameError(stream);
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('The event store is closed');
  }
}

export function openKurrentEventStore(
  options: KurrentEventStoreOptions,
): Promise<KurrentEventStore> {
  return KurrentEventStore.open(options);
}
