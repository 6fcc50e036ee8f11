import type { Head, ReadAllOptions, RecordedEvent, SubscribeOptions, Subscription } from '@contract-ledger/event-store';
import type { AnyTable, Projection, ProjectionEvent } from '@contract-ledger/projections';
import { physicalName } from './codec';
import { sleep, whileLeader, type LeaderElection } from './leader';
import type { AnyTransaction, ReadStore } from './read-store';
import { SqlProjectionTx } from './sql-projection-tx';

/** What the runner needs of the event store; `subscribe` only wakes it up sooner than polling. */
export interface ProjectionEventSource {
  readAll(options?: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  head(): Promise<Head>;
  subscribe?(options?: SubscribeOptions): Subscription;
}

export interface BatchReport {
  readonly projection: string;
  readonly version: number;
  readonly from: number;
  readonly to: number;
  readonly events: number;
  readonly ms: number;
}

export interface RunnerOptions {
  /** Events read and applied per transaction once caught up (default 500). */
  readonly batchSize?: number;
  /**
   * Events per transaction while catching up (the previous batch was full: a rebuild, a restart
   * behind the head): fewer, larger transactions. Default 2,000, or `batchSize` when that is given.
   */
  readonly catchUpBatchSize?: number;
  /** How long a caught-up runner waits before looking at the log again without a wake-up (default 250 ms). */
  readonly idleMs?: number;
  /** Pause after a failed batch before retrying it from the stored checkpoint (default 1000 ms). */
  readonly retryMs?: number;
  /** Scale-out mode: one active runner per projection across processes (PostgreSQL advisory lock). */
  readonly leaderElection?: LeaderElection;
  /** After a rebuilt version takes over, the old tables are dropped this much later (default 60 s), so queries already running on them finish. */
  readonly dropOldTablesAfterMs?: number;
  readonly onBatch?: (report: BatchReport) => void;
  readonly onError?: (projection: string, error: unknown) => void;
}

export type RunnerState = 'starting' | 'running' | 'standby' | 'superseded' | 'failing' | 'stopped';

export interface ProjectionLag {
  readonly projection: string;
  /** The version this process runs. */
  readonly version: number;
  /** The version queries read from. */
  readonly activeVersion: number | undefined;
  /** Checkpoint of the active version. */
  readonly checkpoint: number;
  readonly head: number;
  /** head - checkpoint of what queries read. */
  readonly lag: number;
  /** Present while a new version is being rebuilt next to the active one. */
  readonly rebuilding?: { readonly version: number; readonly checkpoint: number; readonly lag: number };
  readonly state: RunnerState;
  readonly lastError?: string;
}

export interface ProjectionsHandle {
  stop(): Promise<void>;
  lag(): Promise<ProjectionLag[]>;
  /** Read-your-writes: see ReadStore.waitForPosition. */
  waitForPosition(projection: string, minPosition: number, timeoutMs: number): Promise<number>;
  /** Resolves once every projection's active version has reached the head as it is now. */
  waitForHead(timeoutMs: number): Promise<void>;
}

/**
 * Creates the projection version's tables and checkpoint if absent (the first version to run
 * becomes active at once) and drops tables of versions that are neither active nor this one.
 * Returns the active version: greater than `projection.version` means this code is outdated.
 */
export async function prepareProjection(readStore: ReadStore, projection: Projection): Promise<{ readonly active: number }> {
  const { name, version } = projection;
  const now = new Date().toISOString();
  let active = version;
  await readStore.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('projection_versions')
      .values({ projection: name, active_version: version, switched_at: now })
      .onConflict((oc) => oc.column('projection').doNothing())
      .execute();
    const row = await trx.selectFrom('projection_versions').select('active_version').where('projection', '=', name).executeTakeFirstOrThrow();
    active = Number(row.active_version);
    if (active > version) return;
    await readStore.ensureTables(trx, projection, version);
    await trx
      .insertInto('projection_checkpoints')
      .values({ projection: name, version, position: 0, updated_at: now })
      .onConflict((oc) => oc.columns(['projection', 'version']).doNothing())
      .execute();
  });
  if (active <= version) await readStore.dropVersionsExcept(name, [active, version]);
  return { active };
}

export interface BatchResult {
  /** The checkpoint after the batch (unchanged when every event was already applied). */
  readonly checkpoint: number;
  /** Whether this batch made its version the one queries read from. */
  readonly switched: boolean;
}

/**
 * Applies the events after the stored checkpoint and advances it, all in one transaction: the
 * exactly-once step. Events at or below the checkpoint are skipped, so a repeated or overlapping
 * batch changes nothing; a batch that starts beyond checkpoint + 1 is refused (it would skip events).
 */
export async function applyBatch(
  readStore: ReadStore,
  projection: Projection,
  events: readonly ProjectionEvent[],
  options: { readonly switchWhenDone?: boolean; readonly names?: ReadonlyMap<AnyTable, string> } = {},
): Promise<BatchResult> {
  return readStore.db.transaction().execute((trx) => applyInTransaction(readStore.dialect, trx, projection, events, options));
}

/**
 * `applyBatch` for several projections in ONE transaction: one commit per batch instead of one
 * per projection (on PostgreSQL a commit is a WAL flush; on SQLite the pages written are the same
 * either way, and no CPU difference was measurable). Each projection's rows and checkpoint are
 * still committed together, with the others' as well;
 * the price is that one failing projection rolls back the batch for all of them, which suits a
 * rebuild (it stops anyway) but not live runners, which keep one transaction per projection so a
 * broken projection cannot hold the others back.
 */
export async function applyBatches(readStore: ReadStore, projections: readonly Projection[], events: readonly ProjectionEvent[]): Promise<BatchResult[]> {
  return readStore.db.transaction().execute(async (trx) => {
    const results: BatchResult[] = [];
    for (const projection of projections) results.push(await applyInTransaction(readStore.dialect, trx, projection, events, {}));
    return results;
  });
}

async function applyInTransaction(
  dialect: ReadStore['dialect'],
  trx: AnyTransaction,
  projection: Projection,
  events: readonly ProjectionEvent[],
  options: { readonly switchWhenDone?: boolean; readonly names?: ReadonlyMap<AnyTable, string> },
): Promise<BatchResult> {
  const { name, version } = projection;
  const names = options.names ?? new Map(projection.tables.map((t) => [t, physicalName(name, version, t.name)]));
  // The row lock serialises two runners that both believe they lead (the overlap after a
  // failover); the second sees the first's checkpoint and skips what it already applied.
  let query = trx.selectFrom('projection_checkpoints').select('position').where('projection', '=', name).where('version', '=', version);
  if (dialect === 'postgres') query = query.forUpdate();
  const checkpoint = Number((await query.executeTakeFirstOrThrow()).position);
  const fresh = events.filter((event) => event.position > checkpoint);
  if (fresh.length === 0) return { checkpoint, switched: false };
  if (fresh[0]!.position !== checkpoint + 1) {
    throw new Error(`${name} v${version}: stored checkpoint ${checkpoint} is behind the batch starting at ${fresh[0]!.position}`);
  }
  const tx = new SqlProjectionTx(dialect, trx, names);
  for (const event of fresh) if (projection.canHandle(event)) await projection.apply(tx, event);
  await tx.flush();
  const last = fresh[fresh.length - 1]!.position;
  await trx
    .updateTable('projection_checkpoints')
    .set({ position: last, updated_at: new Date().toISOString() })
    .where('projection', '=', name)
    .where('version', '=', version)
    .execute();
  if (!options.switchWhenDone) return { checkpoint: last, switched: false };
  // Switch in the same transaction as the batch that caught up: queries move to tables that
  // are exactly as far as the checkpoint says.
  await switchVersion(trx, projection);
  return { checkpoint: last, switched: true };
}

/** Makes `projection.version` the one queries read from, unless a newer one already is. */
async function switchVersion(db: ReadStore | AnyTransaction, projection: Projection): Promise<void> {
  const executor = 'db' in db ? db.db : db;
  await executor
    .updateTable('projection_versions')
    .set({ active_version: projection.version, switched_at: new Date().toISOString() })
    .where('projection', '=', projection.name)
    .where('active_version', '<', projection.version)
    .execute();
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_CATCH_UP_BATCH_SIZE = 2_000;

function catchUpBatchSize(options: RunnerOptions): number {
  return options.catchUpBatchSize ?? options.batchSize ?? DEFAULT_CATCH_UP_BATCH_SIZE;
}

class ProjectionWorker {
  state: RunnerState = 'starting';
  lastError: string | undefined;
  private checkpoint: number | undefined;
  private rebuilding = false;
  /** Starts true: a runner starting up is behind the head until a batch says otherwise. */
  private catchingUp = true;
  private readonly names: ReadonlyMap<AnyTable, string>;
  private dropTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly projection: Projection,
    private readonly source: ProjectionEventSource,
    private readonly readStore: ReadStore,
    private readonly options: RunnerOptions,
    private readonly idle: (ms: number, signal: AbortSignal) => Promise<void>,
  ) {
    this.names = new Map(projection.tables.map((t) => [t, physicalName(projection.name, projection.version, t.name)]));
  }

  async run(stop: AbortSignal): Promise<void> {
    const { leaderElection } = this.options;
    if (leaderElection) {
      await whileLeader(
        leaderElection,
        `projection:${this.projection.name}`,
        stop,
        (state) => (this.state = state === 'leader' ? 'running' : 'standby'),
        (lost) => this.loop(lost),
      );
    } else {
      await this.loop(stop);
    }
    clearTimeout(this.dropTimer);
    if (this.state !== 'superseded') this.state = 'stopped';
  }

  private async loop(stop: AbortSignal): Promise<void> {
    let prepared = false;
    while (!stop.aborted) {
      try {
        if (!prepared) {
          prepared = await this.prepare();
          if (!prepared) {
            this.state = 'superseded';
            return;
          }
        }
        const applied = await this.step();
        this.state = 'running';
        this.lastError = undefined;
        if (applied === 0) await this.idle(this.options.idleMs ?? 250, stop);
      } catch (error) {
        // The transaction rolled back: forget what we thought the checkpoint was and retry from the stored one.
        this.checkpoint = undefined;
        this.state = 'failing';
        this.lastError = error instanceof Error ? error.message : String(error);
        this.options.onError?.(this.projection.name, error);
        await sleep(this.options.retryMs ?? 1000, stop);
      }
    }
  }

  /** False when a newer version is already active. */
  private async prepare(): Promise<boolean> {
    const { active } = await prepareProjection(this.readStore, this.projection);
    if (active > this.projection.version) return false;
    this.rebuilding = active < this.projection.version;
    return true;
  }

  /** Applies one batch; returns how many events it read (0 = caught up). */
  private async step(): Promise<number> {
    const { name, version } = this.projection;
    const batchSize = this.catchingUp ? catchUpBatchSize(this.options) : (this.options.batchSize ?? DEFAULT_BATCH_SIZE);
    this.checkpoint ??= await this.readStore.checkpoint(name, version);
    const started = performance.now();
    const events = await this.source.readAll({ fromPosition: this.checkpoint + 1, limit: batchSize });
    this.catchingUp = events.length === batchSize;
    if (events.length === 0) {
      if (this.rebuilding) {
        await switchVersion(this.readStore, this.projection);
        this.afterSwitch();
      }
      return 0;
    }
    const reachedHead = events.length < batchSize;
    const { checkpoint: stored, switched } = await applyBatch(this.readStore, this.projection, events, {
      names: this.names,
      switchWhenDone: this.rebuilding && reachedHead,
    });
    const from = this.checkpoint + 1;
    this.checkpoint = stored;
    if (switched) this.afterSwitch();
    this.readStore.notifyProgress();
    this.options.onBatch?.({ projection: name, version, from, to: stored, events: events.length, ms: performance.now() - started });
    return events.length;
  }

  private afterSwitch(): void {
    this.rebuilding = false;
    const { name, version } = this.projection;
    this.dropTimer = setTimeout(() => {
      this.readStore.dropVersionsExcept(name, [version]).catch((error) => this.options.onError?.(name, error));
    }, this.options.dropOldTablesAfterMs ?? 60_000);
    this.dropTimer.unref();
  }

  async lag(head: number): Promise<ProjectionLag> {
    const { name, version } = this.projection;
    const status = await this.readStore.status(name);
    const own = status.activeVersion !== undefined && status.activeVersion < version ? await this.readStore.checkpoint(name, version) : undefined;
    return {
      projection: name,
      version,
      activeVersion: status.activeVersion,
      checkpoint: status.checkpoint,
      head,
      lag: Math.max(0, head - status.checkpoint),
      ...(own !== undefined ? { rebuilding: { version, checkpoint: own, lag: Math.max(0, head - own) } } : {}),
      state: this.state,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }
}

/**
 * Starts one loop per projection: catch up from its checkpoint in batches, then follow the log
 * (woken by the store's subscription when it has one, else by polling every `idleMs`).
 */
export async function startProjections(
  source: ProjectionEventSource,
  readStore: ReadStore,
  projections: readonly Projection[],
  options: RunnerOptions = {},
): Promise<ProjectionsHandle> {
  const names = new Set<string>();
  for (const projection of projections) {
    if (names.has(projection.name)) throw new Error(`Projection ${projection.name} is listed twice`);
    names.add(projection.name);
  }
  const stop = new AbortController();
  const waker = new Waker();
  const subscription = await followHead(source, waker);
  const shared = sharedReads(source, projections.length + 2);
  const workers = projections.map((p) => new ProjectionWorker(p, shared, readStore, options, (ms, signal) => waker.wait(ms, signal)));
  const running = workers.map((worker) => worker.run(stop.signal));

  return {
    async stop() {
      stop.abort();
      await subscription?.stop();
      await Promise.all(running);
    },
    async lag() {
      const { position } = await source.head();
      return Promise.all(workers.map((worker) => worker.lag(position)));
    },
    waitForPosition: (projection, minPosition, timeoutMs) => readStore.waitForPosition(projection, minPosition, timeoutMs),
    async waitForHead(timeoutMs) {
      const { position } = await source.head();
      await Promise.all(projections.map((p) => readStore.waitForPosition(p.name, position, timeoutMs)));
    },
  };
}

/** Wakes idle workers when the store reports a new event, so live lag is not the poll interval. */
class Waker {
  private waiters = new Set<() => void>();

  wake(): void {
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const waiter of waiters) waiter();
  }

  wait(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}

async function followHead(source: ProjectionEventSource, waker: Waker): Promise<Subscription | undefined> {
  if (!source.subscribe) return undefined;
  const { position } = await source.head();
  const subscription = source.subscribe({ fromPosition: position + 1 });
  void (async () => {
    try {
      for await (const _event of subscription) waker.wake();
    } catch {
      // A broken subscription only costs latency: the workers still poll every idleMs.
    }
  })();
  return subscription;
}

/**
 * The workers of one process read the same batches of the log (they start at the same checkpoint
 * on a rebuild and, sharing one SQLite connection, advance in turn): each batch is read and decoded
 * once and handed to every worker that asks for the same range, instead of once per projection.
 * Only full batches are kept: the log's positions are contiguous and final, so a full range never
 * changes, while a short one (the head) may grow and is read again. Projections treat events as
 * read-only, so sharing the objects is safe. At most `capacity` batches are held; a worker that
 * falls behind the others simply reads its batch again.
 */
function sharedReads(source: ProjectionEventSource, capacity: number): ProjectionEventSource {
  const batches = new Map<string, Promise<readonly RecordedEvent[]>>();
  return {
    head: () => source.head(),
    readAll(options: ReadAllOptions = {}) {
      if (options.filter !== undefined || options.toPosition !== undefined || options.limit === undefined) return source.readAll(options);
      const key = `${options.fromPosition ?? 1}:${options.limit}`;
      const known = batches.get(key);
      if (known) return known;
      const limit = options.limit;
      const read = source.readAll(options).then(
        (events) => {
          if (events.length < limit) batches.delete(key);
          return events;
        },
        (error: unknown) => {
          batches.delete(key);
          throw error;
        },
      );
      batches.set(key, read);
      if (batches.size > capacity) batches.delete(batches.keys().next().value!);
      return read;
    },
  };
}
