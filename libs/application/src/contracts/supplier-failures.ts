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
 * Accountability (docs/rules.md "Accountability helper"): after
 * `policy.failuresBeforeDebarmentProposal` failures (rejected
 * milestones, terminations for default) a debarment is proposed to a supervisor. Called with the
 * failure about to be recorded (and the event id it will get, cited as evidence); returns the
 * supplier stream's share of the atomic append (read through `read`, so its revision guards it),
 * none when no proposal is due.
 *
 * The count reads every contract's failures from the log at command time; only the supplier stream
 * is guarded by its revision, so a failure recorded concurrently on another contract may be
 * counted by the next one instead: a proposal is then made one failure late, never twice.
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
  const history = await store.readAll({
    filter: { streamPrefix: 'contract-', types: [...FAILURE_TYPES] },
  });
  const earlier = history.filter(
    (e) => (e.data as { supplierId?: unknown }).supplierId === supplierId,
  );
  const events = [...(earlier as unknown as ContractEvent[]), failure.event];
  const failures = countSupplierFailures(events, supplierId);
  if (!debarmentProposalDue(failures, policy)) return [];

  const supplier = await read(supplierStream(supplierId), supplierDecider);
  const state = supplier.state;
  if (state.status !== 'registered' || isDebarredAt(state, at) || hasOpenProposal(state)) return [];

  const evidence = [
    ...earlier
      .filter((e) => countSupplierFailures([e as unknown as ContractEvent], supplierId) === 1)
      .map((e) => e.eventId),
    failure.eventId,
  ];
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
