import type {
  Head,
  ReadAllOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '@contract-ledger/event-store';
import type { AnyTable, Projection, ProjectionEvent } from '@contract-ledger/projections';
import { sql } from 'kysely';
import { physicalName } from './codec';
import { LogDivergedError } from './errors';
import { sleep, whileLeader, type LeaderElection } from './leader';
import type { AnyTransaction, Checkpoint, ReadStore } from './read-store';
import { SqlProjectionTx } from './sql-projection-tx';

/**
 * What the runner needs of the event store; `subscribe` only wakes it up sooner than polling (each
 * item it yields is a wake-up; the items themselves are not read), so a source in another thread
 * can hand in bare signals instead of a subscription to the log.
 */
export interface ProjectionEventSource {
  readAll(options?: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  head(): Promise<Head>;
  subscribe?(options?: SubscribeOptions): WakeUps;
}

/** Wake-ups for the runners: a store's Subscription is one. */
export type WakeUps = AsyncIterable<unknown> & Pick<Subscription, 'stop'>;

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

/** `diverged`: the log no longer has the event at the checkpoint (LogDivergedError); the runner stopped. */
export type RunnerState =
  'starting' | 'running' | 'standby' | 'superseded' | 'failing' | 'diverged' | 'stopped';

/** An event as the runners read it from the store: with its chain hashes, which the checkpoint keeps. */
type ChainedEvent = ProjectionEvent & { readonly hash?: string; readonly prevHash?: string };

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
  readonly rebuilding?: {
    readonly version: number;
    readonly checkpoint: number;
    readonly lag: number;
  };
  readonly state: RunnerState;
  readonly lastError?: string;
  /** Why the read model no longer matches the log (docs/runbooks/read-model-divergence.md); absent while it does. */
  readonly diverged?: string;
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
 * `deferIndexes`: leave the secondary indexes out, for a rebuild that adds them when it ends
 * (ReadStore.ensureIndexes); a later prepare without it adds any that are missing.
 */
export async function prepareProjection(
  readStore: ReadStore,
  projection: Projection,
  options: { readonly deferIndexes?: boolean } = {},
): Promise<{ readonly active: number }> {
  const { name, version } = projection;
  const now = new Date().toISOString();
  let active = version;
  await readStore.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('projection_versions')
      .values({ projection: name, active_version: version, switched_at: now })
      .onConflict((oc) => oc.column('projection').doNothing())
      .execute();
    const row = await trx
      .selectFrom('projection_versions')
      .select('active_version')
      .where('projection', '=', name)
      .executeTakeFirstOrThrow();
    active = Number(row.active_version);
    if (active > version) return;
    await readStore.ensureTables(trx, projection, version, {
      indexes: options.deferIndexes !== true,
    });
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
  events: readonly ChainedEvent[],
  options: {
    readonly switchWhenDone?: boolean;
    readonly names?: ReadonlyMap<AnyTable, string>;
  } = {},
): Promise<BatchResult> {
  return readStore.db
    .transaction()
    .execute((trx) => applyInTransaction(readStore.dialect, trx, projection, events, options));
}

/**
 * `applyBatch` for several projections in ONE transaction: one commit per batch instead of one
 * per projection (on PostgreSQL a commit is a WAL flush; on SQLite the pages written are the same
 * either way, and no CPU difference was measurable). Each projection's rows and checkpoint are
 * still committed together, with the others' as well;
 * the price is that one failing projection rolls back the batch for all of them, which suits a
 * rebuild (it stops anyway). Live runners share commits through `LiveCommits` instead, where each
 * projection's batch has a savepoint of its own.
 */
export async function applyBatches(
  readStore: ReadStore,
  projections: readonly Projection[],
  events: readonly ChainedEvent[],
): Promise<BatchResult[]> {
  return readStore.db.transaction().execute(async (trx) => {
    const results: BatchResult[] = [];
    for (const projection of projections)
      results.push(await applyInTransaction(readStore.dialect, trx, projection, events, {}));
    return results;
  });
}

/**
 * `applyBatches` over several consecutive batches in ONE transaction: `next` is called for the
 * next batch until it returns none or `maxEvents` have been applied, and everything commits once.
 * For a rebuild or a long catch-up, where a commit per batch of 2,000 events wrote the same hot
 * index pages to the WAL again and again; each batch still advances the checkpoints in that same
 * transaction, so a crash loses only the uncommitted batches, never half of one. Returns how many
 * events were applied (0: `next` had none).
 */
export async function applyBatchesUntil(
  readStore: ReadStore,
  projections: readonly Projection[],
  next: () => Promise<readonly ChainedEvent[]>,
  maxEvents: number,
  options: {
    /** The tables were prepared with `deferIndexes`: `find` builds a table's indexes before searching it. */
    readonly indexesDeferred?: boolean;
  } = {},
): Promise<number> {
  return readStore.db.transaction().execute(async (trx) => {
    let applied = 0;
    while (applied < maxEvents) {
      const events = await next();
      if (events.length === 0) break;
      for (const projection of projections)
        await applyInTransaction(readStore.dialect, trx, projection, events, {
          indexesDeferred: options.indexesDeferred === true,
        });
      applied += events.length;
    }
    return applied;
  });
}

/**
 * The live runners' batches, committed together: a runner that reached the head hands its batch
 * here, and every batch handed in during the same turn of the event loop goes into one
 * transaction, each projection's inside a savepoint of its own. Followed live, the runners are
 * woken together and read the same events, and one commit per projection per batch was the
 * largest single cost of the projection thread (a SubmitBid load: 6 commits per batch of ~17
 * events, 3.2 s of its 18 s). A batch that fails rolls back to its savepoint and fails alone, so
 * a broken projection still cannot hold the others back; only a failed commit fails them all
 * (each retries from its stored checkpoint, as after any failed batch). Batches are applied in
 * projection-name order, so two processes overlapping after a failover lock the checkpoint rows
 * (PostgreSQL) in the same order. A batch that is catching up (a full one, or one that switches
 * versions) does not come here: it commits alone, and the live ones do not wait for it.
 */
class LiveCommits {
  private queue: {
    readonly projection: Projection;
    readonly events: readonly ChainedEvent[];
    readonly names: ReadonlyMap<AnyTable, string>;
    readonly settle: (result: { value: BatchResult } | { error: unknown }) => void;
  }[] = [];

  constructor(private readonly readStore: ReadStore) {}

  apply(
    projection: Projection,
    events: readonly ChainedEvent[],
    names: ReadonlyMap<AnyTable, string>,
  ): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => void this.commit());
      this.queue.push({
        projection,
        events,
        names,
        settle: (result) => ('error' in result ? reject(result.error) : resolve(result.value)),
      });
    });
  }

  private async commit(): Promise<void> {
    const jobs = this.queue.sort((a, b) =>
      a.projection.name < b.projection.name ? -1 : a.projection.name > b.projection.name ? 1 : 0,
    );
    this.queue = [];
    const { dialect } = this.readStore;
    const results: ({ value: BatchResult } | { error: unknown })[] = [];
    try {
      await this.readStore.db.transaction().execute(async (trx) => {
        for (const job of jobs) {
          await sql`savepoint live_batch`.execute(trx);
          try {
            const value = await applyInTransaction(dialect, trx, job.projection, job.events, {
              names: job.names,
            });
            results.push({ value });
          } catch (error) {
            await sql`rollback to savepoint live_batch`.execute(trx);
            results.push({ error });
          }
          await sql`release savepoint live_batch`.execute(trx);
        }
      });
    } catch (error) {
      for (const job of jobs) job.settle({ error });
      return;
    }
    jobs.forEach((job, i) => job.settle(results[i]!));
  }
}

async function applyInTransaction(
  dialect: ReadStore['dialect'],
  trx: AnyTransaction,
  projection: Projection,
  events: readonly ChainedEvent[],
  options: {
    readonly switchWhenDone?: boolean;
    readonly names?: ReadonlyMap<AnyTable, string>;
    readonly indexesDeferred?: boolean;
  },
): Promise<BatchResult> {
  const { name, version } = projection;
  const names =
    options.names ??
    new Map(projection.tables.map((t) => [t, physicalName(name, version, t.name)]));
  // The row lock serialises two runners that both believe they lead (the overlap after a
  // failover); the second sees the first's checkpoint and skips what it already applied.
  let query = trx
    .selectFrom('projection_checkpoints')
    .select(['position', 'hash'])
    .where('projection', '=', name)
    .where('version', '=', version);
  if (dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirstOrThrow();
  const checkpoint = Number(row.position);
  const fresh = events.filter((event) => event.position > checkpoint);
  if (fresh.length === 0) return { checkpoint, switched: false };
  const first = fresh[0]!;
  if (first.position !== checkpoint + 1) {
    throw new Error(
      `${name} v${version}: stored checkpoint ${checkpoint} is behind the batch starting at ${first.position}`,
    );
  }
  // The next event must chain onto the one the read model was built on: a log rewound and written
  // again at reused positions would otherwise be applied on top of rows of deleted events.
  const stored = row.hash as string | null;
  if (stored !== null && first.prevHash !== undefined && first.prevHash !== stored) {
    throw new LogDivergedError(name, version, checkpoint, { hash: first.prevHash });
  }
  const tx = new SqlProjectionTx(dialect, trx, names, options.indexesDeferred === true);
  for (const event of fresh) if (projection.canHandle(event)) await projection.apply(tx, event);
  await tx.flush();
  const lastEvent = fresh[fresh.length - 1]!;
  const last = lastEvent.position;
  await trx
    .updateTable('projection_checkpoints')
    .set({ position: last, hash: lastEvent.hash ?? null, updated_at: new Date().toISOString() })
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
async function switchVersion(
  db: ReadStore | AnyTransaction,
  projection: Projection,
): Promise<void> {
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

/**
 * Whether the log still has, at the checkpoint, the event the read model was built on: `anchor` is
 * what the log holds at `checkpoint.position` (undefined: nothing, the log ends before it). A
 * checkpoint recorded before hashes were kept (null) is taken as it is.
 */
function divergence(
  name: string,
  version: number,
  checkpoint: Checkpoint,
  anchor: ChainedEvent | undefined,
  head: () => Promise<number>,
): Promise<LogDivergedError | undefined> | undefined {
  if (checkpoint.position === 0) return undefined;
  if (anchor === undefined || anchor.position !== checkpoint.position) {
    return head().then(
      (position) => new LogDivergedError(name, version, checkpoint.position, { head: position }),
    );
  }
  if (checkpoint.hash !== null && anchor.hash !== undefined && anchor.hash !== checkpoint.hash) {
    return Promise.resolve(
      new LogDivergedError(name, version, checkpoint.position, { hash: anchor.hash }),
    );
  }
  return undefined;
}

/**
 * Checks a projection version's stored checkpoint against the log (the event at the checkpoint and
 * its hash): the reason it diverged, or undefined. For processes that do not run the runners (the
 * API in `worker`/`off` mode) and so cannot learn it from a runner's state.
 */
export async function checkAgainstLog(
  source: ProjectionEventSource,
  readStore: ReadStore,
  projection: Pick<Projection, 'name' | 'version'>,
): Promise<string | undefined> {
  const checkpoint = await readStore.checkpointAt(projection.name, projection.version);
  if (checkpoint.position === 0) return undefined;
  const [anchor] = await source.readAll({ fromPosition: checkpoint.position, limit: 1 });
  const error = await divergence(
    projection.name,
    projection.version,
    checkpoint,
    anchor,
    async () => (await source.head()).position,
  );
  return error?.message;
}

class ProjectionWorker {
  state: RunnerState = 'starting';
  lastError: string | undefined;
  diverged: string | undefined;
  private checkpoint: Checkpoint | undefined;
  /** Aborted by the owner's stop, or by this worker when the log diverged: it must not run again. */
  private readonly halt = new AbortController();
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
    private readonly waker: Waker,
    private readonly live: LiveCommits,
  ) {
    this.names = new Map(
      projection.tables.map((t) => [t, physicalName(projection.name, projection.version, t.name)]),
    );
  }

  async run(stop: AbortSignal): Promise<void> {
    const { leaderElection } = this.options;
    const halted = this.halt.signal;
    if (stop.aborted) this.halt.abort();
    stop.addEventListener('abort', () => this.halt.abort(), { once: true });
    if (leaderElection) {
      await whileLeader(
        leaderElection,
        `projection:${this.projection.name}`,
        halted,
        (state) => {
          if (this.diverged === undefined) this.state = state === 'leader' ? 'running' : 'standby';
        },
        (lost) => this.loop(lost),
      );
    } else {
      await this.loop(halted);
    }
    clearTimeout(this.dropTimer);
    if (this.state !== 'superseded' && this.state !== 'diverged') this.state = 'stopped';
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
        // Taken before the read: an append woken meanwhile must not be slept through.
        const seen = this.waker.generation;
        const applied = await this.step();
        this.state = 'running';
        this.lastError = undefined;
        if (applied === 0) await this.waker.wait(this.options.idleMs ?? 250, stop, seen);
      } catch (error) {
        if (error instanceof LogDivergedError) {
          // Retrying cannot help, and going on would index new events over deleted ones: stop this
          // projection (the others go on) until an operator rebuilds it or restores the log.
          this.state = 'diverged';
          this.diverged = error.message;
          this.lastError = error.message;
          this.options.onError?.(this.projection.name, error);
          this.halt.abort();
          return;
        }
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
    const batchSize = this.catchingUp
      ? catchUpBatchSize(this.options)
      : (this.options.batchSize ?? DEFAULT_BATCH_SIZE);
    this.checkpoint ??= await this.readStore.checkpointAt(name, version);
    const checkpoint = this.checkpoint;
    const started = performance.now();
    // Read from the checkpoint itself, one event more: the first one proves the log still has the
    // event the read model was built on (at start, on every batch, and while idle), at the cost of
    // one row per read rather than a query of its own.
    const anchored = checkpoint.position > 0;
    const read: readonly ChainedEvent[] = await this.source.readAll({
      fromPosition: anchored ? checkpoint.position : 1,
      limit: anchored ? batchSize + 1 : batchSize,
    });
    if (anchored) {
      const diverged = await divergence(
        name,
        version,
        checkpoint,
        read[0],
        async () => (await this.source.head()).position,
      );
      if (diverged) throw diverged;
      // A checkpoint from before hashes were kept: from now on, hold the log to what it has there.
      if (checkpoint.hash === null && read[0]?.hash !== undefined)
        this.checkpoint = { position: checkpoint.position, hash: read[0].hash };
    }
    const events = anchored ? read.slice(1) : read;
    this.catchingUp = events.length === batchSize;
    if (events.length === 0) {
      if (this.rebuilding) {
        await switchVersion(this.readStore, this.projection);
        this.afterSwitch();
      }
      return 0;
    }
    const reachedHead = events.length < batchSize;
    const switchWhenDone = this.rebuilding && reachedHead;
    const { checkpoint: stored, switched } =
      reachedHead && !switchWhenDone
        ? await this.live.apply(this.projection, events, this.names)
        : await applyBatch(this.readStore, this.projection, events, {
            names: this.names,
            switchWhenDone,
          });
    const from = checkpoint.position + 1;
    // The applied batch ends at `stored` unless another runner got further (the overlap after a
    // failover): then the hash is not known here, so read the row again.
    const last = events[events.length - 1]!;
    this.checkpoint =
      last.position === stored
        ? { position: stored, hash: last.hash ?? null }
        : await this.readStore.checkpointAt(name, version);
    if (switched) this.afterSwitch();
    this.readStore.notifyProgress();
    this.options.onBatch?.({
      projection: name,
      version,
      from,
      to: stored,
      events: events.length,
      ms: performance.now() - started,
    });
    return events.length;
  }

  private afterSwitch(): void {
    this.rebuilding = false;
    const { name, version } = this.projection;
    this.dropTimer = setTimeout(() => {
      this.readStore
        .dropVersionsExcept(name, [version])
        .catch((error) => this.options.onError?.(name, error));
    }, this.options.dropOldTablesAfterMs ?? 60_000);
    this.dropTimer.unref();
  }

  async lag(head: number): Promise<ProjectionLag> {
    const { name, version } = this.projection;
    const status = await this.readStore.status(name);
    const own =
      status.activeVersion !== undefined && status.activeVersion < version
        ? await this.readStore.checkpoint(name, version)
        : undefined;
    return {
      projection: name,
      version,
      activeVersion: status.activeVersion,
      checkpoint: status.checkpoint,
      head,
      lag: Math.max(0, head - status.checkpoint),
      ...(own !== undefined
        ? { rebuilding: { version, checkpoint: own, lag: Math.max(0, head - own) } }
        : {}),
      state: this.state,
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(this.diverged ? { diverged: this.diverged } : {}),
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
    if (names.has(projection.name))
      throw new Error(`Projection ${projection.name} is listed twice`);
    names.add(projection.name);
  }
  const stop = new AbortController();
  const waker = new Waker();
  const subscription = await followHead(source, waker);
  const shared = sharedReads(source, projections.length + 2, waker);
  const live = new LiveCommits(readStore);
  const workers = projections.map(
    (p) => new ProjectionWorker(p, shared, readStore, options, waker, live),
  );
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
    waitForPosition: (projection, minPosition, timeoutMs) =>
      readStore.waitForPosition(projection, minPosition, timeoutMs),
    async waitForHead(timeoutMs) {
      const { position } = await source.head();
      await Promise.all(
        projections.map((p) => readStore.waitForPosition(p.name, position, timeoutMs)),
      );
    },
  };
}

/** Wakes idle workers when the store reports a new event, so live lag is not the poll interval. */
class Waker {
  private waiters = new Set<() => void>();
  /** Counts wake-ups, so a worker whose read was already under way when one came does not then sleep. */
  generation = 0;

  wake(): void {
    this.generation++;
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const waiter of waiters) waiter();
  }

  /** Waits `ms` or until woken; at once if woken since `seen` (a `generation`). */
  wait(ms: number, signal: AbortSignal, seen: number): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted || this.generation !== seen) return resolve();
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

async function followHead(
  source: ProjectionEventSource,
  waker: Waker,
): Promise<WakeUps | undefined> {
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
 * changes, while a short one (the head) may grow and is read again. A read still under way is
 * joined only if no append was signalled since it started: it may have started before that append
 * and come back short, and the worker would then sleep through the wake-up. Projections treat
 * events as read-only, so sharing the objects is safe. At most `capacity` batches are held; a
 * worker that falls behind the others simply reads its batch again.
 */
function sharedReads(
  source: ProjectionEventSource,
  capacity: number,
  waker: Waker,
): ProjectionEventSource {
  const full = new Map<string, readonly RecordedEvent[]>();
  const reading = new Map<
    string,
    { readonly generation: number; readonly read: Promise<readonly RecordedEvent[]> }
  >();
  return {
    head: () => source.head(),
    readAll(options: ReadAllOptions = {}) {
      if (
        options.filter !== undefined ||
        options.toPosition !== undefined ||
        options.limit === undefined
      )
        return source.readAll(options);
      const key = `${options.fromPosition ?? 1}:${options.limit}`;
      const known = full.get(key);
      if (known) return Promise.resolve(known);
      const pending = reading.get(key);
      if (pending && pending.generation === waker.generation) return pending.read;
      const limit = options.limit;
      const entry = {
        generation: waker.generation,
        read: source.readAll(options).then(
          (events) => {
            if (reading.get(key) === entry) reading.delete(key);
            if (events.length === limit) {
              full.set(key, events);
              if (full.size > capacity) full.delete(full.keys().next().value!);
            }
            return events;
          },
          (error: unknown) => {
            if (reading.get(key) === entry) reading.delete(key);
            throw error;
          },
        ),
      };
      reading.set(key, entry);
      return entry.read;
    },
  };
}
