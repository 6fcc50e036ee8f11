import type { Decider, DomainCommand, DomainEvent } from '@contract-ledger/domain';
import { WrongExpectedRevisionError } from './errors';
import { StateCache, type Folder, type FoldedStream } from './state-cache';
import type { ReleaseStreams, StreamLocks } from './stream-locks';
import type {
  AppendResult,
  EventMetadata,
  EventStore,
  NewEvent,
  RecordedEvent,
  StreamAppend,
} from './types';

export interface HandleCommandOptions {
  readonly metadata: EventMetadata;
  /**
   * The revision the client saw (If-Match) of the stream the command addresses. Checked on every
   * read, so a stale pin fails (412) before any rule judges a state the client has not seen.
   */
  readonly expectedRevision?: number;
  /** Extra attempts after a conflict with a concurrent writer (default 3). */
  readonly maxRetries?: number;
  /**
   * Waited before retry `attempt` (1-based) after a conflict. Without it the retry is immediate;
   * the caller brings the clock and the jitter (this lib has neither), so that writers who
   * collided on a busy stream do not collide again in lock step. Resolving `false` gives up
   * (answers the conflict) before maxRetries: a caller's time budget, which this lib cannot tell.
   */
  readonly pauseBeforeRetry?: (attempt: number) => Promise<boolean | void>;
  /**
   * In-process turns per stream: each attempt holds the addressed stream (and, after a conflict,
   * every stream the failed attempt read), so commands on one stream in this process queue
   * instead of conflicting; only other processes' writes are left to the retries.
   */
  readonly locks?: StreamLocks;
  /** schemaVersion per event type for the events decided now (default 1). */
  readonly schemaVersions?: Readonly<Record<string, number>>;
  /**
   * Folded states to start from: only the events after the remembered revision are read, so a
   * command costs O(new events), not O(stream). Every command still reads the store (another
   * writer's events are folded in) and appends with the revisions it decided on.
   */
  readonly cache?: StateCache;
}

export interface HandleCommandResult<Event extends DomainEvent = DomainEvent> {
  /** The addressed stream's revision after the command (the new ETag). */
  readonly revision: number;
  /**
   * Global position reached: a query's minPosition for read-your-writes. For a no-op, the position
   * of the addressed stream's last event (0 for an empty stream).
   */
  readonly position: number;
  /** The events appended, over every stream; empty when the decision was a no-op. */
  readonly events: readonly RecordedEvent<Event['type'], Event['data']>[];
}

/** Reads a stream folded at command time; the pipeline guards every stream read with its revision. */
export type ReadStream = <State, Event>(
  stream: string,
  folder: Folder<State, Event>,
) => Promise<FoldedStream<State>>;

/** One stream's share of a decision. */
export interface StreamEvents {
  readonly stream: string;
  readonly events: readonly DomainEvent[];
  /** Ids assigned in advance, when another event must cite these as evidence. */
  readonly eventIds?: readonly string[];
  /** Who these events are attributed to, when not the command's caller (a rule acting as the system). */
  readonly metadata?: EventMetadata;
}

/** What a command does: the stream it addresses, how to fold it, and its decision over what it reads. */
export interface CommandPlan<State, Event> {
  /** Read first: If-Match pins it, and its revision is the answer's ETag. */
  readonly stream: string;
  readonly folder: Folder<State, Event>;
  /**
   * Decides on the addressed stream's state and whatever else it reads through `read`. Pure but
   * for its reads: it runs again, on fresh reads, after a conflict.
   */
  readonly decide: (
    addressed: FoldedStream<State>,
    read: ReadStream,
  ) => readonly StreamEvents[] | Promise<readonly StreamEvents[]>;
}

/**
 * The one command pipeline, for one stream or several: read and fold the addressed stream (and
 * every other stream the decision reads), decide, then append the decided events in one atomic
 * appendMulti with each stream's expected revision the one it was read at. A stream that was read
 * and gets no events is still in the append with its revision: the facts it vouched for (a
 * debarment, an award) cannot change unseen. A conflict means another command moved one of them
 * in between; deciding again on fresh reads is safe because decide is pure, so retry a few times.
 * A client's If-Match is checked on every read, so a retry never acts on a state it did not see.
 * Deciding nothing at all is an idempotent no-op.
 */
export async function runCommand<State, Event>(
  store: EventStore,
  plan: CommandPlan<State, Event>,
  options: HandleCommandOptions,
): Promise<HandleCommandResult> {
  const maxRetries = options.maxRetries ?? 3;
  const locks = options.locks;
  // Held from the first read to the append's answer, and through the pause before a retry (the
  // command keeps its turn: the conflict came from another process, not from this queue).
  const held = new Set<string>();
  let release: ReleaseStreams = () => undefined;
  const hold = async (streams: Iterable<string>): Promise<void> => {
    const wanted = new Set(streams);
    if (locks === undefined || [...wanted].every((stream) => held.has(stream))) return;
    // A bigger set is taken afresh in sorted order: waiting while holding would risk a deadlock.
    release();
    wanted.forEach((stream) => held.add(stream));
    release = await locks.acquire(held);
  };
  try {
    return await attempts(store, plan, options, maxRetries, hold);
  } finally {
    release();
  }
}

async function attempts<State, Event>(
  store: EventStore,
  plan: CommandPlan<State, Event>,
  options: HandleCommandOptions,
  maxRetries: number,
  hold: (streams: Iterable<string>) => Promise<void>,
): Promise<HandleCommandResult> {
  await hold([plan.stream]);
  for (let attempt = 0; ; attempt++) {
    // Insertion order: the addressed stream first, so its result is the first of appendMulti's.
    const reads = new Map<
      string,
      { folder: Folder<unknown, unknown>; folded: FoldedStream<unknown> }
    >();
    const read: ReadStream = async <S, E>(stream: string, folder: Folder<S, E>) => {
      const folded = options.cache
        ? await options.cache.read(store, stream, folder)
        : StateCache.evolveWith(
            folder,
            { state: folder.initialState(), revision: 0, position: 0 },
            await store.readStream(stream),
          );
      // A stream read twice keeps its first read: the decision may rest on it.
      if (!reads.has(stream))
        reads.set(stream, { folder: folder as Folder<unknown, unknown>, folded });
      return folded;
    };
    const addressed = await read(plan.stream, plan.folder);
    if (options.expectedRevision !== undefined && options.expectedRevision !== addressed.revision) {
      throw new WrongExpectedRevisionError(
        plan.stream,
        options.expectedRevision,
        addressed.revision,
      );
    }
    const decided = await plan.decide(addressed, read);
    if (decided.every((share) => share.events.length === 0)) {
      return { revision: addressed.revision, position: addressed.position, events: [] };
    }
    const unread = decided.find((share) => !reads.has(share.stream));
    if (unread !== undefined)
      throw new Error(`Decided events for stream "${unread.stream}" without reading it`);
    const appends = [...reads].map(([stream, { folded }]): StreamAppend => ({
      stream,
      expectedRevision: folded.revision,
      events: decided
        .filter((share) => share.stream === stream)
        .flatMap((share) => toNewEvents(share, options)),
    }));
    let results: readonly AppendResult[];
    try {
      results = await store.appendMulti(appends);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= maxRetries) throw error;
      if ((await options.pauseBeforeRetry?.(attempt + 1)) === false) throw error;
      // The next attempt will likely read the same streams: take them all before it reads.
      await hold(reads.keys());
      continue;
    }
    // The recorded events are what a later read would return, so the next command starts there.
    if (options.cache) {
      const cache = options.cache;
      [...reads].forEach(([stream, { folder, folded }], i) =>
        cache.remember(stream, folder, StateCache.evolveWith(folder, folded, results[i]!.events)),
      );
    }
    return {
      revision: results[0]!.revision,
      position: Math.max(...results.map((result) => result.position)),
      events: results.flatMap((result) => result.events),
    };
  }
}

/** The plan of a command on one stream, decided by that stream's decider. */
export function onStream<State, Command extends DomainCommand, Event extends DomainEvent>(
  stream: string,
  decider: Decider<State, Command, Event>,
  command: Command,
): CommandPlan<State, Event> {
  return {
    stream,
    folder: decider,
    decide: ({ state }) => [{ stream, events: decider.decide(command, state) }],
  };
}

/** runCommand for a command on one stream. */
export async function handleCommand<
  State,
  Command extends DomainCommand,
  Event extends DomainEvent,
>(
  store: EventStore,
  stream: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  options: HandleCommandOptions,
): Promise<HandleCommandResult<Event>> {
  return (await runCommand(
    store,
    onStream(stream, decider, command),
    options,
  )) as HandleCommandResult<Event>;
}

function toNewEvents(share: StreamEvents, options: HandleCommandOptions): NewEvent[] {
  return share.events.map((event, i) => ({
    ...(share.eventIds?.[i] === undefined ? {} : { eventId: share.eventIds[i] }),
    type: event.type,
    schemaVersion: options.schemaVersions?.[event.type] ?? 1,
    data: event.data,
    metadata: share.metadata ?? options.metadata,
  }));
}
