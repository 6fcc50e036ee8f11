import {
  isMerkleTileStore,
  MerkleLog,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type StreamAppend,
} from '@contract-ledger/event-store';
import {
  openKurrentEventStore,
  parseKurrentConnectionString,
  redactKurrentConnectionString,
} from '@contract-ledger/event-store-kurrentdb';
import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import {
  ConfigValidationError,
  sqliteFile,
  validateConfig,
  type AppConfig,
} from '@contract-ledger/runtime';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseOptions, UsageError } from './args';
import { progress } from './progress';

export const MIGRATE_USAGE = `Usage: ledger migrate --from sqlite|postgres --to kurrentdb|postgres|sqlite
                      [--source <file|url>] [--target <file|url>]
                      [--source-schema <name>] [--target-schema <name>] [--batch <events>]

Copies the event log to another store: every event keeps its position, stream revision, eventId,
type, schema version, data, metadata, recordedAt and hash. The target's own append path recomputes
each hash and the copy stops at the first one that differs from the source's; then the whole chain
is verified on the target (and the Merkle roots compared where both stores keep the tree).
The target must be empty: nothing is written to a store that holds events. Stop writers first:
events appended to the source after the copy starts are not copied (the summary says so).

Where the stores are (each defaults to the variable the API reads):
  sqlite     a file, default <LEDGER_DATA_DIR>/ledger.sqlite
  postgres   a postgres:// URL, default DATABASE_URL; --source-schema/--target-schema (default public)
  kurrentdb  a kurrentdb:// connection string, default KURRENTDB_CONNECTION_STRING
Exit 0: copied and verified; 1: the copy or the verification failed; 2: wrong arguments, or refused.
`;

/** A target the copy may not write to (it holds events): the command says so and exits 2, writing nothing. */
export class MigrationRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationRefusedError';
  }
}

/** The copy or its verification failed: exit code 1. */
export class MigrationFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationFailedError';
  }
}

type SourceKind = 'sqlite' | 'postgres';
type TargetKind = 'sqlite' | 'postgres' | 'kurrentdb';
const SOURCES: readonly SourceKind[] = ['sqlite', 'postgres'];
const TARGETS: readonly TargetKind[] = ['kurrentdb', 'postgres', 'sqlite'];

interface Out {
  readonly out: NodeJS.WritableStream & { isTTY?: boolean };
  readonly err: NodeJS.WritableStream;
}

export interface MigrateReport {
  readonly events: number;
  readonly head: { readonly position: number; readonly hash: string };
  readonly seconds: number;
  readonly perSecond: number;
  /** Base64 root of the Merkle tree at the head, when both stores keep one and they agree. */
  readonly merkleRoot: string | undefined;
}

/**
 * A clock the copy sets to each source transaction's recordedAt before appending it, so the target
 * stores (and hashes) the same instant. The store calls `clock().toISOString()`: this returns the
 * stored text itself, so no Date round trip can change a digit.
 */
export function copyClock(): { readonly clock: () => Date; set(recordedAt: string): void } {
  let current = '';
  const instant = { toISOString: () => current } as Date;
  return { clock: () => instant, set: (recordedAt) => void (current = recordedAt) };
}

/**
 * Splits a page of source events into the appends that reproduce it: one appendMulti per source
 * transaction (same recordedAt), cut again where a stream comes back after another stream (an
 * appendMulti holds each stream once and writes its appends in order), and never across a change
 * of recordedAt. Each append expects exactly the revision before its first event.
 */
export function copyGroups(events: readonly RecordedEvent[]): {
  readonly recordedAt: string;
  readonly appends: StreamAppend[];
  readonly events: RecordedEvent[];
}[] {
  const groups: { recordedAt: string; appends: StreamAppend[]; events: RecordedEvent[] }[] = [];
  let group: (typeof groups)[number] | undefined;
  let streams = new Set<string>();
  let last: { stream: string; events: NewEvent[] } | undefined;
  for (const e of events) {
    const continues =
      group !== undefined &&
      group.recordedAt === e.recordedAt &&
      (last?.stream === e.stream || !streams.has(e.stream));
    if (!continues) {
      group = { recordedAt: e.recordedAt, appends: [], events: [] };
      groups.push(group);
      streams = new Set();
      last = undefined;
    }
    const event: NewEvent = {
      eventId: e.eventId,
      type: e.type,
      schemaVersion: e.schemaVersion,
      data: e.data,
      metadata: e.metadata,
    };
    if (last?.stream === e.stream) last.events.push(event);
    else {
      last = { stream: e.stream, events: [event] };
      streams.add(e.stream);
      group!.appends.push({
        stream: e.stream,
        expectedRevision: e.revision - 1,
        events: last.events,
      });
    }
    group!.events.push(e);
  }
  return groups;
}

/**
 * Copies `source` (opened without upcasters: events as stored) into the empty `target` (opened with
 * `clock.clock`), checking every position and hash as it goes, then verifies the target's chain.
 */
export async function migrateLog(
  source: EventStore,
  target: EventStore,
  clock: ReturnType<typeof copyClock>,
  options: {
    readonly batchSize?: number;
    readonly onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<MigrateReport> {
  const targetHead = await target.head();
  if (targetHead.position > 0) {
    throw new MigrationRefusedError(
      `the target is not empty (its log ends at position ${targetHead.position}); nothing was written. Migrate into an empty store.`,
    );
  }
  const head = await source.head();
  const batchSize = options.batchSize ?? 1_000;
  const started = performance.now();
  let next = 1;
  while (next <= head.position) {
    const page = await source.readAll({
      fromPosition: next,
      toPosition: head.position,
      limit: batchSize,
    });
    if (page.length === 0 || page[0]!.position !== next)
      throw new MigrationFailedError(
        `the source has no event at position ${next} (its chain is broken; run ledger verify on it)`,
      );
    for (const group of copyGroups(page)) {
      clock.set(group.recordedAt);
      const results = await target.appendMulti(group.appends);
      const written = results.flatMap((r) => r.events);
      group.events.forEach((expected, i) => {
        const copy = written[i];
        if (copy?.position !== expected.position || copy.hash !== expected.hash) {
          throw new MigrationFailedError(
            `position ${expected.position} copied as position ${copy?.position} with hash ${copy?.hash ?? 'none'}, the source has ${expected.hash}: the source does not verify there (run ledger verify on it); the target holds a partial copy: empty it before trying again`,
          );
        }
      });
      next = group.events[group.events.length - 1]!.position + 1;
    }
    options.onProgress?.(next - 1, head.position);
  }
  const seconds = (performance.now() - started) / 1000;
  const verified = await target.verify();
  if (!verified.ok)
    throw new MigrationFailedError(
      `the target does not verify at position ${verified.position}: ${verified.reason}`,
    );
  if (
    verified.checked !== head.position ||
    (head.position > 0 && verified.headHash !== head.hash)
  ) {
    throw new MigrationFailedError(
      `the target verifies ${verified.checked} events ending in ${verified.headHash}, the source ${head.position} ending in ${head.hash}`,
    );
  }
  let merkleRoot: string | undefined;
  if (head.position > 0 && isMerkleTileStore(source) && isMerkleTileStore(target)) {
    const [a, b] = await Promise.all([
      new MerkleLog(source).root(head.position),
      new MerkleLog(target).root(head.position),
    ]);
    if (Buffer.compare(a, b) !== 0)
      throw new MigrationFailedError(
        `the target's Merkle root at ${head.position} differs from the source's`,
      );
    merkleRoot = Buffer.from(a).toString('base64');
  }
  return {
    events: head.position,
    head,
    seconds,
    perSecond: seconds > 0 ? head.position / seconds : 0,
    merkleRoot,
  };
}

interface Location {
  readonly kind: TargetKind;
  readonly where: string;
  readonly schema: string | undefined;
}

function describe(location: Location): string {
  if (location.kind === 'kurrentdb')
    return `kurrentdb ${redactKurrentConnectionString(location.where)}`;
  if (location.kind === 'postgres')
    return `postgres ${location.where.replace(/:[^:@/]*@/, ':***@')} schema ${location.schema ?? 'public'}`;
  return `sqlite ${location.where}`;
}

/** Stores opened for a copy: no upcasters (stored shapes), no size limit (the source already accepted every event). */
async function openStore(location: Location, clock: (() => Date) | undefined): Promise<EventStore> {
  const options = { maxEventBytes: Number.MAX_SAFE_INTEGER, ...(clock ? { clock } : {}) };
  switch (location.kind) {
    case 'sqlite':
      return openSqliteEventStore({ ...options, path: location.where });
    case 'postgres':
      return openPostgresEventStore({
        ...options,
        connectionString: location.where,
        ...(location.schema ? { schema: location.schema } : {}),
      });
    case 'kurrentdb':
      return openKurrentEventStore({ ...options, connectionString: location.where });
  }
}

function parse(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): { source: Location; target: Location; batchSize: number } {
  const { values } = parseOptions(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string' },
    target: { type: 'string' },
    'source-schema': { type: 'string' },
    'target-schema': { type: 'string' },
    batch: { type: 'string' },
  }) as {
    values: Partial<
      Record<
        'from' | 'to' | 'source' | 'target' | 'source-schema' | 'target-schema' | 'batch',
        string
      >
    >;
  };
  const from = values.from as SourceKind | undefined;
  const to = values.to as TargetKind | undefined;
  if (from === undefined || !SOURCES.includes(from))
    throw new UsageError(
      `--from must be one of ${SOURCES.join(', ')}, got ${JSON.stringify(values.from ?? null)}`,
    );
  if (to === undefined || !TARGETS.includes(to))
    throw new UsageError(
      `--to must be one of ${TARGETS.join(', ')}, got ${JSON.stringify(values.to ?? null)}`,
    );
  const batchRaw = values.batch;
  if (
    batchRaw !== undefined &&
    !(/^\d+$/.test(batchRaw) && Number(batchRaw) >= 1 && Number(batchRaw) <= 50_000)
  ) {
    throw new UsageError(`--batch must be 1..50000, got "${batchRaw}"`);
  }
  let config: AppConfig | undefined;
  // The environment supplies defaults only; a variable that is not needed is not checked here.
  const defaults = (): AppConfig => {
    try {
      return (config ??= validateConfig(
        { ...env, LEDGER_STORE: 'memory', LEDGER_PROJECTIONS: 'off', LEDGER_RELAY: 'off' },
        cwd,
      ));
    } catch (error) {
      if (error instanceof ConfigValidationError) throw new UsageError(error.message);
      throw error;
    }
  };
  const locate = (
    kind: TargetKind,
    given: string | undefined,
    schema: string | undefined,
    side: 'source' | 'target',
  ): Location => {
    let where = given;
    if (where === undefined) {
      if (kind === 'sqlite') where = sqliteFile(defaults());
      else if (kind === 'postgres') where = defaults().databaseUrl;
      else where = defaults().kurrentdbConnectionString;
    }
    const variable = kind === 'postgres' ? 'DATABASE_URL' : 'KURRENTDB_CONNECTION_STRING';
    if (where === undefined)
      throw new UsageError(`--${side} is required for ${kind} when ${variable} is not set`);
    if (kind === 'sqlite') where = path.resolve(cwd, where);
    if (kind === 'postgres' && !/^postgres(ql)?:\/\/\S+$/.test(where))
      throw new UsageError(`--${side} for postgres must be a postgres:// URL`);
    if (kind === 'kurrentdb') {
      try {
        parseKurrentConnectionString(where);
      } catch (error) {
        throw new UsageError(`--${side} for kurrentdb ${(error as Error).message}`);
      }
    }
    if (schema !== undefined && kind !== 'postgres')
      throw new UsageError(`--${side}-schema applies to postgres only`);
    return { kind, where, schema };
  };
  const source = locate(from, values.source, values['source-schema'], 'source');
  const target = locate(to, values.target, values['target-schema'], 'target');
  if (
    source.kind === target.kind &&
    source.where === target.where &&
    (source.schema ?? 'public') === (target.schema ?? 'public')
  ) {
    throw new UsageError('the source and the target are the same store');
  }
  if (source.kind === 'sqlite' && !existsSync(source.where))
    throw new UsageError(`no event log at ${source.where}`);
  return { source, target, batchSize: batchRaw === undefined ? 1_000 : Number(batchRaw) };
}

export async function migrateCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  io: Out,
): Promise<number> {
  const { source: from, target: to, batchSize } = parse(args, env, cwd);
  const clock = copyClock();
  const source = await openStore(from, undefined);
  let target: EventStore;
  try {
    target = await openStore(to, clock.clock);
  } catch (error) {
    await source.close();
    throw error;
  }
  try {
    const total = (await source.head()).position;
    io.out.write(
      `migrate: ${describe(from)} -> ${describe(to)}, ${total.toLocaleString('en-US')} events\n`,
    );
    const bar = progress('migrate', total, io.out);
    const report = await migrateLog(source, target, clock, {
      batchSize,
      onProgress: (done) => bar.update(done),
    });
    bar.finish();
    const later = (await source.head()).position - report.head.position;
    io.out.write(
      `migrate: copied positions 1..${report.head.position} (${report.events.toLocaleString('en-US')} events) in ${report.seconds.toFixed(2)} s, ${Math.round(report.perSecond).toLocaleString('en-US')} events/s; target verified, head hash ${report.head.hash}${report.merkleRoot ? `, Merkle root ${report.merkleRoot}` : ''}\n`,
    );
    if (later > 0)
      io.out.write(
        `migrate: WARNING the source gained ${later} events during the copy; they were not copied\n`,
      );
    return 0;
  } catch (error) {
    if (!(error instanceof MigrationRefusedError)) throw error;
    io.err.write(`ledger migrate: ${error.message}\n`);
    return 2;
  } finally {
    await target.close();
    await source.close();
  }
}
