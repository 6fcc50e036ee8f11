import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  DEFAULT_POLICY,
  refuse,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type Policy,
} from '@contract-ledger/domain';
import {
  handleCommand,
  StateCache,
  WrongExpectedRevisionError,
  type EventMetadata,
  type EventStore,
  type NewEvent,
} from '@contract-ledger/event-store';
import type { ResourceFacts } from './auth/policy';
import { CLOCK, EVENT_STORE, PROCUREMENT_POLICY, type Clock } from './ports';

/**
 * Narrows the caller to the resource once its facts are known; throws AccessDeniedError (403).
 * The API passes its `access.require`; an in-process caller passes `assertAuthorized` bound to an actor.
 */
export type Authorize = (facts: ResourceFacts) => void;

/** What every command carries besides its own data: who asks (metadata, authorize) and what they saw. */
export interface CommandContext {
  readonly metadata: EventMetadata;
  /** The revision the client pinned with If-Match: a stale one fails instead of being retried. */
  readonly expectedRevision?: number;
  readonly authorize: Authorize;
}

/** Read-your-writes: the entity acted on or created, its stream revision (ETag) and the global position reached. */
export interface CommandResult {
  readonly id: string;
  readonly revision: number;
  readonly position: number;
}

/**
 * The store, the clock and the policy in force, injected once for every handler. Clock and policy
 * are optional providers so an app (or a test driving deadlines) can supply its own.
 */
@Injectable()
export class CommandRuntime {
  readonly policy: Policy;
  private readonly clock: Clock;

  constructor(
    @Inject(EVENT_STORE) readonly store: EventStore,
    @Optional() @Inject(CLOCK) clock?: Clock,
    @Optional() @Inject(PROCUREMENT_POLICY) policy?: Policy,
  ) {
    this.clock = clock ?? (() => new Date());
    this.policy = policy ?? DEFAULT_POLICY;
  }

  /** The acting instant of a command, as the ISO-8601 UTC string the deciders take. */
  now(): string {
    return this.clock().toISOString();
  }
}

/**
 * A decider that authorises against the very state it decides on: the scope check and the rule
 * run on one read, and again on every retry, so a concurrent change cannot slip between them.
 * `missing` refuses a command on an entity that does not exist (a *_NOT_FOUND code, 404) before
 * any scope is judged: there are no facts to judge it on.
 */
export function guarded<State, Command extends DomainCommand, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
  options: {
    exists: (state: State) => boolean;
    missing: [code: string, message: string];
    facts: (state: State) => ResourceFacts;
    authorize: Authorize;
  },
): Decider<State, Command, Event> {
  return {
    ...decider,
    decide: (command, state) => {
      if (!options.exists(state)) refuse(...options.missing);
      options.authorize(options.facts(state));
      return decider.decide(command, state);
    },
  };
}

/** handleCommand with the request's metadata and If-Match, answered as a CommandResult. */
export async function decideOn<State, Command extends DomainCommand, Event extends DomainEvent>(
  store: EventStore,
  stream: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  context: CommandContext,
  id: string,
): Promise<CommandResult> {
  const result = await handleCommand(store, stream, decider, command, {
    metadata: context.metadata,
    cache: StateCache.of(store),
    ...(context.expectedRevision === undefined
      ? {}
      : { expectedRevision: context.expectedRevision }),
  });
  return { id, revision: result.revision, position: result.position };
}

/** One stream's part of a decision that spans two streams. */
export interface StreamStep<State, Command extends DomainCommand, Event extends DomainEvent> {
  readonly stream: string;
  readonly decider: Decider<State, Command, Event>;
  /** The command for this stream given its state; null when this stream has nothing to do. */
  readonly command: (state: State) => Command | null;
}

function toNewEvents(events: readonly DomainEvent[], metadata: EventMetadata): NewEvent[] {
  return events.map((event) => ({
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata,
  }));
}

/**
 * Two streams decided together and appended atomically, each with the revision it was read at
 * (publishing reserves budget, cancelling releases it). The primary stream is the one the client
 * addressed: its If-Match pins it and its revision is the answer's ETag. The secondary step sees
 * the events the primary decided, so it can depend on them.
 */
export async function decideOnTwo<
  S1,
  C1 extends DomainCommand,
  E1 extends DomainEvent,
  S2,
  C2 extends DomainCommand,
  E2 extends DomainEvent,
>(
  store: EventStore,
  primary: StreamStep<S1, C1, E1>,
  secondary: (decided: readonly E1[], state: S1) => StreamStep<S2, C2, E2> | null,
  context: CommandContext,
  id: string,
  maxRetries = 3,
): Promise<CommandResult> {
  const cache = StateCache.of(store);
  // A retry re-checks If-Match on the fresh read, so retrying is safe even when the client pinned it.
  for (let attempt = 0; ; attempt++) {
    // Both streams read at command time, from the cached fold plus the events after it.
    const { state, revision, position } = await cache.read(store, primary.stream, primary.decider);
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
      throw new WrongExpectedRevisionError(primary.stream, context.expectedRevision, revision);
    }
    const command = primary.command(state);
    const decided = command === null ? [] : primary.decider.decide(command, state);
    const other = secondary(decided, state);
    let otherAppend: { stream: string; revision: number; events: readonly DomainEvent[] } | null =
      null;
    if (other !== null) {
      const otherFolded = await cache.read(store, other.stream, other.decider);
      const otherCommand = other.command(otherFolded.state);
      const otherEvents =
        otherCommand === null ? [] : other.decider.decide(otherCommand, otherFolded.state);
      otherAppend = {
        stream: other.stream,
        revision: otherFolded.revision,
        events: otherEvents,
      };
    }
    const appends = [
      ...(decided.length > 0
        ? [
            {
              stream: primary.stream,
              expectedRevision: revision,
              events: toNewEvents(decided, context.metadata),
            },
          ]
        : []),
      ...(otherAppend !== null && otherAppend.events.length > 0
        ? [
            {
              stream: otherAppend.stream,
              expectedRevision: otherAppend.revision,
              events: toNewEvents(otherAppend.events, context.metadata),
            },
          ]
        : []),
    ];
    if (appends.length === 0) return { id, revision, position };
    try {
      const results = await store.appendMulti(appends);
      // The primary comes first when it appended; otherwise it did not move and keeps its revision.
      if (decided.length > 0)
        return {
          id,
          revision: results[0]!.revision,
          position: Math.max(...results.map((r) => r.position)),
        };
      return { id, revision, position: results[0]!.position };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= maxRetries) throw error;
    }
  }
}
