import {
  budgetLineDecider,
  budgetStream,
  contractDecider,
  contractStream,
  fold,
  supplierDecider,
  supplierStream,
  tenderDecider,
  tenderStream,
  type DomainEvent,
  type TenderState,
} from '@contract-ledger/domain';
import type { EventStore, RecordedEvent } from '@contract-ledger/event-store';
import { disclosureOf, tenderStateView, type Viewer } from '@contract-ledger/feed';
import type { StateKind } from './read-side.dto';

interface Folder {
  readonly stream: (id: string) => string;
  readonly initialState: () => unknown;
  readonly evolve: (state: unknown, event: DomainEvent) => unknown;
}

const folder = <S, E>(
  stream: (id: string) => string,
  decider: { initialState: () => S; evolve: (s: S, e: E) => S },
): Folder => ({
  stream,
  initialState: decider.initialState as () => unknown,
  evolve: decider.evolve as unknown as (state: unknown, event: DomainEvent) => unknown,
});

const FOLDERS: Readonly<Record<StateKind, Folder>> = {
  tender: folder(tenderStream, tenderDecider),
  contract: folder(contractStream, contractDecider),
  supplier: folder(supplierStream, supplierDecider),
  'budget-line': folder(budgetStream, budgetLineDecider),
};

export interface Reconstruction {
  readonly kind: StateKind;
  readonly id: string;
  readonly stream: string;
  readonly asOf: string | null;
  readonly atPosition: number | null;
  /** Events of the stream folded (the stream's revision at that moment). */
  readonly revision: number;
  /** Global position of the last event folded (0: none yet). */
  readonly position: number;
  /** recordedAt of the last event folded. */
  readonly lastRecordedAt: string | null;
  /** Events of the stream in the log now: revision < streamRevision means the entity changed since. */
  readonly streamRevision: number;
  readonly state: unknown;
}

/**
 * The entity as it was: its stream read from the log and folded through the domain's own decider,
 * stopping at the last event recorded at or before `asOf`, or at or before global `atPosition`.
 * The same fold the command side runs, so the answer is what a command would have seen then,
 * shown as `viewer` may see it: a tender's bids through tenderStateView with the disclosure of the
 * same prefix (a bid is visible in a past state only if it had been opened by then, or to the
 * auditor and its bidder). Undefined when the stream has no events at all.
 */
export async function reconstruct(
  store: EventStore,
  kind: StateKind,
  id: string,
  at: { asOf?: string | undefined; atPosition?: number | undefined },
  viewer: Viewer | undefined,
): Promise<Reconstruction | undefined> {
  const f = FOLDERS[kind];
  const stream = f.stream(id);
  const events = await store.readStream(stream);
  if (events.length === 0) return undefined;
  // Positions and recordedAt grow along a stream (one writer, commit order): the prefix ends at the first event past the bound.
  const asOfMs = at.asOf === undefined ? undefined : Date.parse(at.asOf);
  const within = (e: RecordedEvent): boolean =>
    (at.atPosition === undefined || e.position <= at.atPosition) &&
    (asOfMs === undefined || Date.parse(e.recordedAt) <= asOfMs);
  let end = 0;
  while (end < events.length && within(events[end]!)) end++;
  const prefix = events.slice(0, end);
  const last = prefix[prefix.length - 1];
  const state = fold(f, prefix as unknown as readonly DomainEvent[]);
  const tender = kind === 'tender' ? (state as TenderState) : undefined;
  return {
    kind,
    id,
    stream,
    asOf: at.asOf ?? null,
    atPosition: at.atPosition ?? null,
    revision: prefix.length,
    position: last?.position ?? 0,
    lastRecordedAt: last?.recordedAt ?? null,
    streamRevision: events.length,
    state:
      tender !== undefined && tender.status !== 'none'
        ? tenderStateView(viewer, tender, disclosureOf(prefix))
        : state,
  };
}
