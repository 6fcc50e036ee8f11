import {
  assertId,
  budgetLineDecider,
  budgetStream,
  evaluatorDecider,
  evaluatorStream,
  registeredConflictSupplierIds,
  isDebarredAt,
  ratingAt,
  supplierDecider,
  supplierStream,
  tenderDecider,
  tenderStream,
  type BudgetLineState,
  type BidderStaffFacts,
  type BuyerFacts,
  type DomainEvent,
  type EvidenceFact,
  type Id,
  type Instant,
  type SupplierFacts,
  type StaffFacts,
  type SupplierState,
  type TenderRecord,
  type TenderState,
} from '@contract-ledger/domain';
import { StateCache, type EventStore, type RecordedEvent } from '@contract-ledger/event-store';

/**
 * A stream folded through its decider, with the revision it was read at: the ETag of a view, and
 * the expected revision of a multi-stream append that must not act on a state that moved on.
 */
export interface Folded<State> {
  readonly state: State;
  /** Number of events in the stream (0 = none). */
  readonly revision: number;
  /** Global position of the stream's last event (0 = none): read-your-writes for views. */
  readonly position: number;
}

interface Folder<State, Event> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
}

export async function readFolded<State, Event extends DomainEvent>(
  store: EventStore,
  stream: string,
  decider: Folder<State, Event>,
): Promise<Folded<State>> {
  // Read at call time: the store is asked for every event after the cached fold (see StateCache).
  return StateCache.of(store).read(store, stream, decider);
}

export function supplierState(store: EventStore, supplierId: Id): Promise<Folded<SupplierState>> {
  return readFolded(store, supplierStream(supplierId), supplierDecider);
}

export function budgetLineState(
  store: EventStore,
  budgetLineId: Id,
): Promise<Folded<BudgetLineState>> {
  return readFolded(store, budgetStream(budgetLineId), budgetLineDecider);
}

export function tenderState(store: EventStore, tenderId: Id): Promise<Folded<TenderState>> {
  return readFolded(store, tenderStream(tenderId), tenderDecider);
}

/**
 * The suppliers an evaluator declared a conflict with on any tender, from its register
 * (`evaluator-<id>`, one small stream written with each tender's ConflictDeclared), read at command
 * time; through a command's pipeline, a conflict registered meanwhile makes the command decide
 * again. An id that is not a UUID has no register: the decider refuses it (ID_INVALID) anyway.
 */
export async function registeredConflictsOf(read: ReadFolded, evaluatorId: Id): Promise<Id[]> {
  try {
    assertId(evaluatorId, 'evaluatorId');
  } catch {
    return [];
  }
  const { state } = await read(evaluatorStream(evaluatorId), evaluatorDecider);
  return registeredConflictSupplierIds(state);
}

/**
 * An evaluator's conflicts as the rules count them: its register and, for declarations recorded
 * before the register existed, those it declared on the tender at hand.
 */
export function conflictsWith(
  registered: readonly Id[],
  tender: TenderState,
  evaluatorId: Id,
): Id[] {
  const own = tender.status === 'none' ? [] : (tender.evaluators[evaluatorId] ?? []);
  return [...new Set([...registered, ...own])];
}

/** What the tender decider needs to know about a bidder at one instant (SubmitBid, ConfirmBid). */
export function supplierFactsOf(state: SupplierState, at: Instant): SupplierFacts {
  if (state.status !== 'registered')
    return { registered: false, debarred: false, kind: null, rating: null };
  return {
    registered: true,
    debarred: isDebarredAt(state, at),
    kind: state.registration.kind,
    rating: ratingAt(state, at),
  };
}

/**
 * The supplier as the rules see it at `at`, read from its own stream at command time (never from a
 * projection, which may lag behind a debarment decided a moment ago).
 */
export async function supplierFactsAt(
  store: EventStore,
  supplierId: Id,
  at: Instant,
): Promise<Folded<SupplierState> & { readonly facts: SupplierFacts }> {
  const folded = await supplierState(store, supplierId);
  return { ...folded, facts: supplierFactsOf(folded.state, at) };
}

/** Who acted under which scope on one stream: metadata scope -> actor ids, in order of first act. */
type ActorsByScope = Readonly<Record<string, readonly Id[]>>;

/** Folds a stream's recorded metadata (not its domain data): cached and read like any other fold. */
const actorsByScope: Folder<ActorsByScope, RecordedEvent> = {
  initialState: () => ({}),
  evolve: (state, event) => {
    const { scope, actor } = event.metadata;
    if (scope === undefined || state[scope]?.includes(actor)) return state;
    return { ...state, [scope]: [...(state[scope] ?? []), actor] };
  },
};

/** How a fact is read: straight from the store, or through a command's pipeline (then guarded). */
export type ReadFolded = <State, Event>(
  stream: string,
  folder: Folder<State, Event>,
) => Promise<{ readonly state: State }>;

export function readingFrom(store: EventStore): ReadFolded {
  return (stream, folder) => StateCache.of(store).read(store, stream, folder);
}

/**
 * Everyone who acted for a party on some streams: the actors of the events whose metadata scope is
 * `scope` (`agency:<id>`, `supplier:<id>`). Read from the streams themselves at command time, never
 * from a projection that may lag behind the act.
 */
export async function actorsUnder(
  read: ReadFolded,
  scope: string,
  streams: readonly string[],
): Promise<StaffFacts> {
  const staff = new Set<Id>();
  for (const stream of streams) {
    for (const actor of (await read(stream, actorsByScope)).state[scope] ?? []) staff.add(actor);
  }
  return { staffIds: [...staff] };
}

/**
 * The buying agency's staff known on a tender (BuyerFacts, EVALUATOR_IS_BUYER): every actor who
 * acted for the agency on the tender's stream or its budget line's.
 */
export function buyerFactsOf(store: EventStore, tender: TenderRecord): Promise<BuyerFacts> {
  return actorsUnder(readingFrom(store), `agency:${tender.agencyId}`, [
    tenderStream(tender.tenderId),
    budgetStream(tender.budgetLineId),
  ]);
}

/**
 * Who acted for each of `supplierIds` (BidderStaffFacts, EVALUATOR_IS_SUPPLIER): on its own
 * stream (registration, qualification) or on the tender (its bids, questions, complaints).
 */
export async function bidderStaffOf(
  store: EventStore,
  tenderId: Id,
  supplierIds: Iterable<Id>,
): Promise<BidderStaffFacts> {
  const facts: Record<Id, readonly Id[]> = {};
  for (const supplierId of supplierIds) {
    facts[supplierId] = (
      await actorsUnder(readingFrom(store), `supplier:${supplierId}`, [
        supplierStream(supplierId),
        tenderStream(tenderId),
      ])
    ).staffIds;
  }
  return facts;
}

/** The supplier an event concerns: its data's `supplierId`, or the supplier whose stream holds it. */
function supplierConcerned(event: RecordedEvent): Id | null {
  const fromData = (event.data as { supplierId?: unknown } | null)?.supplierId;
  if (typeof fromData === 'string') return fromData;
  return event.stream.startsWith('supplier-') ? event.stream.slice('supplier-'.length) : null;
}

/**
 * What the log holds for debarment evidence ids (EvidenceFact): one fact per id found, read through
 * the store's index by event id (only the events named, whatever the size of the log). An id is
 * matched as the log spells it; the decider refuses every id left without a fact.
 */
export async function evidenceFactsOf(
  store: EventStore,
  eventIds: readonly unknown[],
): Promise<EvidenceFact[]> {
  const wanted = new Set(eventIds.filter((id): id is string => typeof id === 'string'));
  if (wanted.size === 0) return [];
  const facts: EvidenceFact[] = [];
  for (const event of await store.readEventsById([...wanted])) {
    if (wanted.has(event.eventId))
      facts.push({ eventId: event.eventId, supplierId: supplierConcerned(event) });
  }
  return facts;
}
