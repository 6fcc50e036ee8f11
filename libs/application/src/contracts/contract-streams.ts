import {
  contractDecider,
  contractStream,
  type ContractCommand,
  type ContractEvent,
  type ContractState,
  type Decider,
  type DomainEvent,
  type SignedContract,
} from '@contract-ledger/domain';
import {
  WrongExpectedRevisionError,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type StreamAppend,
} from '@contract-ledger/event-store';
import type { ResourceFacts } from '../auth/policy';
import {
  decideOn,
  guarded,
  type Authorize,
  type CommandContext,
  type CommandResult,
  type CommandRuntime,
} from '../command-runtime';
import { readFolded, type Folded } from '../facts';

/** What the scope rules know about a contract: buyer, supplier, and the evaluators the agency assigned. */
export function contractFacts(state: SignedContract): ResourceFacts {
  return {
    agencyId: state.agencyId,
    supplierId: state.supplierId,
    assignedEvaluatorIds: state.evaluatorIds,
  };
}

/** The contract decider for commands on a signed contract, scoped to that contract. */
export function contractGuarded(
  authorize: Authorize,
): Decider<ContractState, ContractCommand, ContractEvent> {
  return guarded(contractDecider, {
    exists: (s) => s.status !== 'unsigned',
    missing: ['CONTRACT_NOT_FOUND', 'No such contract'],
    facts: (s) => contractFacts(s as SignedContract),
    authorize,
  });
}

/**
 * A command that touches the contract's own stream and nothing else, decided under the caller's
 * scope; the contract is the answer's id. Each use case still builds its command (who acted, when).
 */
export function decideOnContract(
  runtime: CommandRuntime,
  contractId: string,
  command: ContractCommand,
  context: CommandContext,
): Promise<CommandResult> {
  return decideOn(
    runtime.store,
    contractStream(contractId),
    contractGuarded(context.authorize),
    command,
    context,
    contractId,
  );
}

export function readContract(
  store: EventStore,
  contractId: string,
): Promise<Folded<ContractState>> {
  return readFolded(store, contractStream(contractId), contractDecider);
}

/** Domain events as the store takes them; `eventIds` pre-assigns ids another event must cite as evidence. */
export function toNewEvents(
  events: readonly DomainEvent[],
  metadata: EventMetadata,
  eventIds: readonly string[] = [],
): NewEvent[] {
  return events.map((event, i) => ({
    ...(eventIds[i] === undefined ? {} : { eventId: eventIds[i] }),
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata,
  }));
}

/** One stream's share of a decision, with the revision its facts were read at. */
export interface StreamDecision {
  readonly stream: string;
  readonly revision: number;
  /** Empty: the stream only vouches for a fact (its revision is still checked by the append). */
  readonly events: readonly NewEvent[];
}

export interface AcrossPlan {
  /** The stream the client addressed: its If-Match pins it, its revision is the answer's ETag. */
  readonly primary: StreamDecision & { readonly position: number };
  readonly others: readonly StreamDecision[];
}

/**
 * A decision over several streams, appended in one atomic appendMulti with the revision each was
 * read at: the contract's event and the budget's (and, on a default, the supplier's) are written
 * together or not at all, and a fact read from a stream that moved meanwhile (a debarment decided
 * a moment ago, another contract drawing on the line) is re-read and re-decided. `plan` reads and
 * decides from scratch on every attempt; decide is pure, so retrying is always safe.
 */
export async function appendAcross(
  store: EventStore,
  context: CommandContext,
  primaryStream: string,
  id: string,
  plan: () => Promise<AcrossPlan>,
  maxRetries = 3,
): Promise<CommandResult> {
  for (let attempt = 0; ; attempt++) {
    let decided: AcrossPlan;
    try {
      decided = await plan();
    } catch (error) {
      // A client that pinned a state which has moved on is told so (412) before any rule's verdict
      // on a state it has not seen, as handleCommand does for one stream.
      if (context.expectedRevision !== undefined) {
        const actual = await store.streamRevision(primaryStream);
        if (actual !== context.expectedRevision)
          throw new WrongExpectedRevisionError(primaryStream, context.expectedRevision, actual);
      }
      throw error;
    }
    const { primary, others } = decided;
    // Checked on every fresh read: a retry after another stream's conflict still honours If-Match.
    if (context.expectedRevision !== undefined && context.expectedRevision !== primary.revision) {
      throw new WrongExpectedRevisionError(
        primary.stream,
        context.expectedRevision,
        primary.revision,
      );
    }
    if (primary.events.length === 0 && others.every((o) => o.events.length === 0)) {
      return { id, revision: primary.revision, position: primary.position };
    }
    const appends: StreamAppend[] = [primary, ...others].map((d) => ({
      stream: d.stream,
      expectedRevision: d.revision,
      events: d.events,
    }));
    try {
      const results = await store.appendMulti(appends);
      return {
        id,
        revision: results[0]!.revision,
        position: Math.max(...results.map((r) => r.position)),
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= maxRetries) throw error;
    }
  }
}
