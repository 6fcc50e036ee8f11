import {
  countSupplierFailures,
  debarmentProposalDue,
  isDebarredAt,
  supplierDecider,
  supplierStream,
  type ContractEvent,
  type Id,
  type Instant,
  type Policy,
  type SupplierState,
} from '@contract-ledger/domain';
import {
  uuidv7,
  type EventMetadata,
  type EventStore,
  type ReadStream,
  type StreamEvents,
} from '@contract-ledger/event-store';

/** The account the ledger acts as when a rule, not a person, triggers an event. */
export const SYSTEM_ACTOR = 'system';

const FAILURE_TYPES = ['MilestoneEvaluated', 'ContractTerminated'] as const;

/** A proposal no debarment has acted on yet: a supervisor still has it to decide. */
function hasOpenProposal(state: Extract<SupplierState, { status: 'registered' }>): boolean {
  const decided = new Set(state.debarments.map((d) => d.recorded.proposalId));
  return state.proposals.some((p) => !decided.has(p.proposalId));
}

/**
 * The failures recorded in the log so far, per supplier: the ids of the events that count (rejected
 * milestones, terminations for default), in log order. Read once from the whole log, then only
 * what was appended since, so a command does not read every evaluation ever recorded (it did,
 * through the type-filtered log, a scan on PostgreSQL). Each command still reads up to the head
 * at its own time, as a read of the whole log did.
 */
class FailureIndex {
  /** Position and id of the last failure-type event read: where the next read starts. */
  private last = { position: 0, eventId: '' };
  private bySupplier = new Map<string, Id[]>();
  /** Reads take turns: two commands reading the same delta at once would count it twice. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: EventStore) {}

  failuresOf(supplierId: Id): Promise<readonly Id[]> {
    const read = this.turn.then(async () => {
      await this.catchUp();
      return [...(this.bySupplier.get(supplierId) ?? [])];
    });
    this.turn = read.catch(() => undefined);
    return read;
  }

  private async catchUp(): Promise<void> {
    if (this.last.position > 0) {
      // A log restored from an older backup (or rewritten) no longer holds the event read last at
      // its position: what was counted from it may be gone, so the log is read again from the start.
      const [still] = await this.store.readAll({
        fromPosition: this.last.position,
        toPosition: this.last.position,
      });
      if (still?.eventId !== this.last.eventId) {
        this.last = { position: 0, eventId: '' };
        this.bySupplier = new Map();
      }
    }
    const appended = await this.store.readAll({
      fromPosition: this.last.position + 1,
      filter: { streamPrefix: 'contract-', types: [...FAILURE_TYPES] },
    });
    for (const e of appended) {
      const supplierId = (e.data as { supplierId?: unknown }).supplierId;
      if (
        typeof supplierId === 'string' &&
        countSupplierFailures([e as unknown as ContractEvent], supplierId) === 1
      ) {
        const ids = this.bySupplier.get(supplierId);
        if (ids === undefined) this.bySupplier.set(supplierId, [e.eventId]);
        else ids.push(e.eventId);
      }
    }
    const newest = appended[appended.length - 1];
    if (newest !== undefined) this.last = { position: newest.position, eventId: newest.eventId };
  }
}

/** One index per store: every instance of the API reads the shared log into its own. */
const indexes = new WeakMap<EventStore, FailureIndex>();

/**
 * Accountability (docs/rules.md "Accountability helper"): after
 * `policy.failuresBeforeDebarmentProposal` failures (rejected
 * milestones, terminations for default) a debarment is proposed to a supervisor. Called with the
 * failure about to be recorded (and the event id it will get, cited as evidence); returns the
 * supplier stream's share of the atomic append (read through `read`, so its revision guards it),
 * none when no proposal is due.
 *
 * The count reads every contract's failures from the log at command time (FailureIndex); only the
 * supplier stream is guarded by its revision, so a failure recorded concurrently on another
 * contract may be counted by the next one instead: a proposal is then made one failure late,
 * never twice.
 */
export async function debarmentProposalFor(
  store: EventStore,
  read: ReadStream,
  failure: { readonly event: ContractEvent; readonly eventId: Id },
  {
    at,
    policy,
    metadata,
  }: { readonly at: Instant; readonly policy: Policy; readonly metadata: EventMetadata },
): Promise<readonly StreamEvents[]> {
  const supplierId = failure.event.data.supplierId;
  let index = indexes.get(store);
  if (index === undefined) indexes.set(store, (index = new FailureIndex(store)));
  const earlier = await index.failuresOf(supplierId);
  const failures = earlier.length + countSupplierFailures([failure.event], supplierId);
  if (!debarmentProposalDue(failures, policy)) return [];

  const supplier = await read(supplierStream(supplierId), supplierDecider);
  const state = supplier.state;
  if (state.status !== 'registered' || isDebarredAt(state, at) || hasOpenProposal(state)) return [];

  const evidence = [...earlier, failure.eventId];
  const decided = supplierDecider.decide(
    {
      type: 'ProposeDebarment',
      data: {
        supplierId,
        proposalId: uuidv7(),
        grounds: `${failures} failures on contracts (rejected milestones, terminations for default) reached the policy threshold of ${policy.failuresBeforeDebarmentProposal}`,
        evidenceEventIds: evidence,
        // Each was read from the log above with this supplierId, or is the failure appended with it.
        evidence: evidence.map((eventId) => ({ eventId, supplierId })),
        at,
      },
    },
    state,
  );
  // The rule proposed it, not the officer: the officer's request stays the cause and the correlation.
  const { scope: _officerScope, ...trail } = metadata;
  const systemMetadata: EventMetadata = {
    ...trail,
    actor: SYSTEM_ACTOR,
    role: SYSTEM_ACTOR,
    causationId: metadata.commandId,
  };
  return [{ stream: supplierStream(supplierId), events: decided, metadata: systemMetadata }];
}
