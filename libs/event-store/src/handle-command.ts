import type { Decider, DomainCommand, DomainEvent } from '@contract-ledger/domain';
import { fold } from '@contract-ledger/domain';
import { WrongExpectedRevisionError } from './errors';
import { StateCache } from './state-cache';
import type { EventMetadata, EventStore, NewEvent, RecordedEvent } from './types';

export interface HandleCommandOptions {
  readonly metadata: EventMetadata;
  /** The revision the client saw (If-Match). When set there is no retry: a stale client must re-read. */
  readonly expectedRevision?: number;
  /** Extra attempts after a conflict with a concurrent writer (default 3). */
  readonly maxRetries?: number;
  /** schemaVersion per event type for the events decided now (default 1). */
  readonly schemaVersions?: Readonly<Record<string, number>>;
  /**
   * Folded states to start from: only the events after the remembered revision are read, so a
   * command costs O(new events), not O(stream). Every command still reads the store (another
   * writer's events are folded in) and appends with the revision it decided on.
   */
  readonly cache?: StateCache;
}

export interface HandleCommandResult<Event extends DomainEvent = DomainEvent> {
  /** The stream's revision after the command (the new ETag). */
  readonly revision: number;
  /** Position of the stream's last event: a query's minPosition for read-your-writes. 0 for an empty stream. */
  readonly position: number;
  /** The events appended; empty when the decision was a no-op. */
  readonly events: readonly RecordedEvent<Event['type'], Event['data']>[];
}

/**
 * read -> fold -> decide -> append with the revision read. A conflict means another command
 * changed the stream in between; deciding again on the new state is always safe because decide is
 * pure, so retry a few times, unless the client pinned the revision and must see the new state.
 */
export async function handleCommand<State, Command extends DomainCommand, Event extends DomainEvent>(
  store: EventStore,
  stream: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  options: HandleCommandOptions,
): Promise<HandleCommandResult<Event>> {
  const maxRetries = options.expectedRevision === undefined ? (options.maxRetries ?? 3) : 0;
  for (let attempt = 0; ; attempt++) {
    let folded: { state: State; revision: number; position: number };
    if (options.cache) {
      folded = await options.cache.read(store, stream, decider);
    } else {
      const history = await store.readStream(stream);
      const last = history[history.length - 1];
      folded = { state: fold(decider, history as unknown as readonly Event[]), revision: last?.revision ?? 0, position: last?.position ?? 0 };
    }
    const { state, revision } = folded;
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new WrongExpectedRevisionError(stream, options.expectedRevision, revision);
    }
    const decided = decider.decide(command, state);
    if (decided.length === 0) {
      return { revision, position: folded.position, events: [] };
    }
    const events: NewEvent[] = decided.map((event) => ({
      type: event.type,
      schemaVersion: options.schemaVersions?.[event.type] ?? 1,
      data: event.data,
      metadata: options.metadata,
    }));
    try {
      const result = await store.append(stream, events, { expectedRevision: revision });
      // The recorded events are what a later read would return, so the next command starts here.
      options.cache?.remember(stream, decider, StateCache.evolveWith(decider, folded, result.events));
      return result as HandleCommandResult<Event>;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= maxRetries) throw error;
    }
  }
}
