import { Inject, Injectable, Optional } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import {
  DEFAULT_POLICY,
  refuse,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type Policy,
} from '@contract-ledger/domain';
import {
  eventLeafHash,
  onStream,
  runCommand,
  StateCache,
  StreamLocks,
  type CommandPlan,
  type EventMetadata,
  type EventStore,
  type RecordedEvent,
} from '@contract-ledger/event-store';
import { AccessDeniedError, type ResourceFacts } from './auth/policy';
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

/**
 * Where one appended event sits in the transparency log (docs/transparency-log.md §4 "Receipts"):
 * its position (leaf index position - 1), its chain hash and its RFC 6962 leaf hash. With these a
 * client later fetches `GET /log/proof/inclusion?position=<p>&size=<n>` for any checkpoint of size
 * n >= p and checks the proof from its own leaf hash to that checkpoint's signed root.
 */
export interface ReceiptEvent {
  readonly position: number;
  /** The chain hash (hex), the leaf data. */
  readonly eventHash: string;
  /** SHA-256(0x00 || chain hash bytes), base64 as in the proof routes. */
  readonly leafHash: string;
}

/** Read-your-writes: the entity acted on or created, its stream revision (ETag) and the global position reached. */
export interface CommandResult {
  readonly id: string;
  readonly revision: number;
  readonly position: number;
  /** The events this command appended, in position order (none for an idempotent no-op). */
  readonly receipt: { readonly events: readonly ReceiptEvent[] };
}

/**
 * Every command the application handles: what the client asked (`input`) and the request it came
 * with (`context`: the caller's authorisation, the event metadata, If-Match), answered by a
 * CommandResult. A command class names its input and, where a handler needs more of the request
 * (an evaluator's affiliation), its context; its handler is found by the class.
 */
export class LedgerCommand<
  Input,
  Context extends CommandContext = CommandContext,
> extends Command<CommandResult> {
  constructor(
    readonly input: Input,
    readonly context: Context,
  ) {
    super();
  }
}

function receiptOf(events: readonly RecordedEvent[]): CommandResult['receipt'] {
  return {
    events: [...events]
      .sort((a, b) => a.position - b.position)
      .map((e) => ({
        position: e.position,
        eventHash: e.hash,
        leafHash: eventLeafHash(e.hash).toString('base64'),
      })),
  };
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
 * any scope is judged: there are no facts to judge it on. `hidden` says when the entity's very
 * existence is not public (a draft tender): a caller out of scope then gets that same refusal,
 * not a 403 that would tell it the entity exists (docs/api.md "Not found or forbidden").
 */
export function guarded<State, Command extends DomainCommand, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
  options: {
    exists: (state: State) => boolean;
    missing: [code: string, message: string];
    facts: (state: State) => ResourceFacts;
    authorize: Authorize;
    hidden?: (state: State) => boolean;
    /** Does not exist for this caller whatever the command allows it (a draft to all but its readers). */
    invisible?: (state: State) => boolean;
  },
): Decider<State, Command, Event> {
  return {
    ...decider,
    decide: (command, state) => {
      if (!options.exists(state) || options.invisible?.(state)) refuse(...options.missing);
      try {
        options.authorize(options.facts(state));
      } catch (error) {
        if (error instanceof AccessDeniedError && options.hidden?.(state))
          refuse(...options.missing);
        throw error;
      }
      return decider.decide(command, state);
    },
  };
}

/**
 * Conflicts are expected where many clients write one stream at once (every bidder of a tender
 * appends to the tender's stream). Within this process they do not happen: commands on one stream
 * take turns (StreamLocks). What is left is the race with another API instance, whose state cache
 * is stale after the other's write; there is then one contender per instance and one of them
 * always wins, so the loser retries at once against the other instance's next command: a pause
 * (eight retries up to ~100 ms apart lost 12 of 16,450 bids on two PostgreSQL instances in
 * `npm run soak`, before the turns) only lets that next command get further ahead. A jitter of a
 * few milliseconds breaks ties. Retries go on for a wall-time budget counted from the first
 * conflict rather than a fixed count: each round is a coin toss between instances, and a loaded
 * machine makes rounds slow, not rarer (at load average 22 on two cores, rounds of seconds: a 10 s
 * budget still refused 2-3 of ~3,000 bids, 30 s none of 6,345). Past 30 s a client has likely given
 * up anyway. A pinned If-Match still fails on the first re-read.
 */
const CONFLICT_BUDGET_MS = 30_000;
/** A bound on attempts too, so a store that always conflicts cannot spin for the whole budget. */
const CONFLICT_RETRIES = 100;

function retryWithin(budgetMs: number): (attempt: number) => Promise<boolean> {
  let deadline: number | undefined;
  return async (attempt) => {
    deadline ??= Date.now() + budgetMs;
    if (Date.now() > deadline) return false;
    const ceilingMs = Math.min(10, 2 ** (attempt - 1));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * ceilingMs));
    return true;
  };
}

/**
 * The command pipeline (runCommand) with the request's metadata, If-Match and the store's state
 * cache, answered as a CommandResult about `id`: every handler goes through here. The plan names
 * the stream the client addressed and decides over it and whatever else it reads.
 */
export async function decideAcross<State, Event>(
  store: EventStore,
  context: CommandContext,
  id: string,
  plan: CommandPlan<State, Event>,
): Promise<CommandResult> {
  const result = await runCommand(store, plan, {
    metadata: context.metadata,
    cache: StateCache.of(store),
    locks: StreamLocks.of(store),
    maxRetries: CONFLICT_RETRIES,
    pauseBeforeRetry: retryWithin(CONFLICT_BUDGET_MS),
    ...(context.expectedRevision === undefined
      ? {}
      : { expectedRevision: context.expectedRevision }),
  });
  return {
    id,
    revision: result.revision,
    position: result.position,
    receipt: receiptOf(result.events),
  };
}

/** decideAcross for a command on one stream, decided by that stream's (guarded) decider. */
export function decideOn<State, Command extends DomainCommand, Event extends DomainEvent>(
  store: EventStore,
  stream: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  context: CommandContext,
  id: string,
): Promise<CommandResult> {
  return decideAcross(store, context, id, onStream(stream, decider, command));
}
