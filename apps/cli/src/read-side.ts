import { verifyTreeOf, type EventStore, type RecordedEvent } from '@contract-ledger/event-store';
import type { Projection } from '@contract-ledger/projections';
import {
  applyBatchesUntil,
  createReadStore,
  prepareProjection,
  type ReadStore,
} from '@contract-ledger/read-store-sql';
import {
  ConfigValidationError,
  openEventStore,
  READ_MODEL_NAMES,
  readModels,
  readStoreConfig,
  validateConfig,
  type AppConfig,
} from '@contract-ledger/runtime';
import { parseOptions, text, UsageError } from './args';
import { progress } from './progress';

export const VERIFY_USAGE = `Usage: ledger verify [--from <position>] [--to <position>]

Verifies the event log's hash chain (whole, or from..to) and reports the first break. It then
holds the Merkle tree and the signed checkpoints to the log: every leaf and stored subtree hash
over the positions checked, and each checkpoint's root (for a range, up to the first checkpoint
that covers its end). A changed tree node, a deleted tail or a history rewritten with recomputed
hashes is named with its position (docs/transparency-log.md "Checking the tree"). Reads LEDGER_STORE, LEDGER_DATA_DIR and
DATABASE_URL like the API. Exit 0: intact; 1: broken or failed.
`;

export const REBUILD_USAGE = `Usage: ledger rebuild [projection] [--batch <events>]

Drops the read model's tables and checkpoint (every projection when none is named:
${READ_MODEL_NAMES.join(', ')}) and rebuilds them from position 0 of the log.
Reads LEDGER_STORE, LEDGER_DATA_DIR and DATABASE_URL like the API. Stop the projection runners
first (LEDGER_PROJECTIONS=off, or stop the worker): queries see the read model empty, then
filling, until the rebuild ends (docs/read-side.md "Rebuild runbook").
`;

interface Out {
  readonly out: NodeJS.WritableStream & { isTTY?: boolean };
  readonly err: NodeJS.WritableStream;
}

function position(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw)))
    throw new UsageError(`--${name} must be a position >= 1, got "${raw}"`);
  return Number(raw);
}

export function config(env: NodeJS.ProcessEnv, cwd: string): AppConfig {
  let config: AppConfig;
  try {
    config = validateConfig(env, cwd);
  } catch (error) {
    if (error instanceof ConfigValidationError) throw new UsageError(error.message);
    throw error;
  }
  // The memory store is empty in a fresh process: there is nothing to verify or rebuild.
  if (config.store === 'memory')
    throw new UsageError('LEDGER_STORE=memory holds nothing outside the API process');
  return config;
}

/** Chunk of positions per verify call: the progress granularity, not a correctness bound (each chunk checks its link to the previous one). */
const VERIFY_CHUNK = 20_000;

export async function verifyCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  io: Out,
): Promise<number> {
  const parsed = parseOptions(args, { from: { type: 'string' }, to: { type: 'string' } });
  const from = position(text(parsed, 'from'), 'from') ?? 1;
  const to = position(text(parsed, 'to'), 'to');
  if (to !== undefined && to < from) throw new UsageError('--to must not be below --from');
  const store = await openEventStore(config(env, cwd));
  try {
    const head = (await store.head()).position;
    const last = Math.min(to ?? head, head);
    if (last < from) {
      io.out.write(`verify: nothing to check (log head ${head}, from ${from})\n`);
      return 0;
    }
    const bar = progress('verify', last - from + 1, io.out);
    let checked = 0;
    let headHash = '';
    for (let start = from; start <= last; start += VERIFY_CHUNK) {
      const end = Math.min(last, start + VERIFY_CHUNK - 1);
      const result = await store.verify(start, end);
      if (!result.ok) {
        bar.finish();
        io.out.write(
          `verify: BROKEN at position ${result.position} (${result.code}): ${result.reason}\n`,
        );
        return 1;
      }
      checked += result.checked;
      headHash = result.headHash;
      bar.update(checked);
    }
    const { seconds, perSecond } = bar.finish();
    let tree = '';
    // The bar is made once the check is known to run; its first report comes after an await.
    let treeBar: ReturnType<typeof progress> | undefined;
    const treeCheck = verifyTreeOf(store, { from, to: last, head }, (done) =>
      treeBar?.update(done),
    );
    if (treeCheck) {
      treeBar = progress('tree', last - from + 1, io.out);
      const whole = from === 1 && last === head;
      const result = await treeCheck;
      treeBar.finish();
      if (!result.ok) {
        io.out.write(
          `verify: BROKEN at position ${result.position} (${result.code}): ${result.reason}\n`,
        );
        return 1;
      }
      tree = whole
        ? `; Merkle tree and ${result.checkpoints} signed checkpoint(s) agree with the log`
        : `; Merkle tree over positions ${from}..${last} and ${result.checkpoints} signed checkpoint(s) up to size ${result.coveredTo} agree with the log`;
      if (result.coveredTo < last)
        tree += ` (positions ${Math.max(from, result.coveredTo + 1)}..${last} are under no signed checkpoint yet: checked against the stored tree only)`;
    }
    io.out.write(
      `verify: ok, positions ${from}..${last} (${checked.toLocaleString('en-US')} events) in ${seconds.toFixed(2)} s, ${Math.round(perSecond).toLocaleString('en-US')} events/s; hash at ${last}: ${headHash}${tree}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

/** Forgets everything of a projection: every version's tables, its checkpoints and which version is active. */
export async function resetProjection(readStore: ReadStore, name: string): Promise<void> {
  await readStore.dropVersionsExcept(name, []);
  await readStore.runtime
    .deleteFrom('projection_checkpoints')
    .where('projection', '=', name)
    .execute();
  await readStore.runtime
    .deleteFrom('projection_versions')
    .where('projection', '=', name)
    .execute();
}

export interface RebuildReport {
  readonly events: number;
  readonly seconds: number;
  readonly perSecond: number;
}

/** Events per transaction of a rebuild: batches are read and applied `batchSize` at a time, committed this many at a time. */
export const REBUILD_COMMIT_EVENTS = 20_000;

/**
 * Rebuilds `projections` from position 0: each batch of the log is read once and applied to every
 * projection, with their checkpoints, in transactions of `commitEvents` events (the runner's
 * exactly-once step; a commit per batch of 2,000 wrote the same hot pages again and again), so an
 * interrupted rebuild resumes from the last commit when the runners start. The secondary indexes
 * are built once at the end (one sorted pass each, instead of an index update per row written),
 * except a table a projection searches (`find`), whose indexes are built before its first search;
 * a rebuild interrupted before the end gets them from the runners' prepare.
 */
export async function rebuild(
  store: EventStore,
  readStore: ReadStore,
  projections: readonly Projection[],
  options: {
    readonly batchSize?: number;
    readonly commitEvents?: number;
    readonly onProgress?: (done: number, head: number) => void;
  } = {},
): Promise<RebuildReport> {
  const batchSize = options.batchSize ?? 2_000;
  const commitEvents = Math.max(batchSize, options.commitEvents ?? REBUILD_COMMIT_EVENTS);
  for (const p of projections) {
    await resetProjection(readStore, p.name);
    await prepareProjection(readStore, p, { deferIndexes: true });
  }
  const head = (await store.head()).position;
  const started = performance.now();
  let next = 1;
  let done = 0;
  const read = async (): Promise<readonly RecordedEvent[]> => {
    if (next > head) return [];
    const events = await store.readAll({ fromPosition: next, toPosition: head, limit: batchSize });
    if (events.length === 0) return events;
    done += events.length;
    next = events[events.length - 1]!.position + 1;
    return events;
  };
  while (next <= head) {
    const applied = await applyBatchesUntil(readStore, projections, read, commitEvents, {
      indexesDeferred: true,
    });
    if (applied === 0) break;
    options.onProgress?.(done, head);
  }
  for (const p of projections) await readStore.ensureIndexes(readStore.db, p, p.version);
  const seconds = (performance.now() - started) / 1000;
  return { events: done, seconds, perSecond: seconds > 0 ? done / seconds : 0 };
}

export async function rebuildCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  io: Out,
): Promise<number> {
  const parsed = parseOptions(args, { batch: { type: 'string' } }, { positionals: 1 });
  const batchRaw = text(parsed, 'batch');
  if (
    batchRaw !== undefined &&
    !(/^\d+$/.test(batchRaw) && Number(batchRaw) >= 1 && Number(batchRaw) <= 50_000)
  ) {
    throw new UsageError(`--batch must be 1..50000, got "${batchRaw}"`);
  }
  const name = parsed.positionals[0];
  if (name !== undefined && !READ_MODEL_NAMES.includes(name)) {
    throw new UsageError(`unknown projection "${name}" (known: ${READ_MODEL_NAMES.join(', ')})`);
  }
  const cfg = config(env, cwd);
  const projections = readModels(cfg).filter((p) => name === undefined || p.name === name);
  const store = await openEventStore(cfg);
  const readStore = await createReadStore(readStoreConfig(cfg)).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  try {
    const head = (await store.head()).position;
    const bar = progress(`rebuild ${projections.map((p) => p.name).join('+')}`, head, io.out);
    const report = await rebuild(store, readStore, projections, {
      ...(batchRaw === undefined ? {} : { batchSize: Number(batchRaw) }),
      onProgress: (done) => bar.update(done),
    });
    bar.finish();
    io.out.write(
      `rebuild: ${projections.map((p) => `${p.name} v${p.version}`).join(', ')} rebuilt from ${report.events.toLocaleString('en-US')} events in ${report.seconds.toFixed(2)} s, ${Math.round(report.perSecond).toLocaleString('en-US')} events/s\n`,
    );
    return 0;
  } finally {
    await readStore.close();
    await store.close();
  }
}
