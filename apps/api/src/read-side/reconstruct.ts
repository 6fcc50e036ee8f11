import { createHash } from 'node:crypto';
import * as domain from '@contract-ledger/domain';
import {
  budgetLineDecider,
  budgetStream,
  contractDecider,
  contractStream,
  supplierDecider,
  supplierStream,
  tenderDecider,
  tenderStream,
  type DomainEvent,
  type TenderState,
} from '@contract-ledger/domain';
import { StateSnapshots, type EventStore } from '@contract-ledger/event-store';
import { disclosureOf, tenderStateView, type Disclosure, type Viewer } from '@contract-ledger/feed';
import type { StateKind } from './read-side.dto';

/**
 * The decider's state plus the disclosure of the same prefix (the first BidsOpened's bid ids), so
 * that a snapshot of a tender also knows which bids its prefix had opened.
 */
interface Past {
  readonly state: unknown;
  readonly disclosure: Disclosure;
}

/**
 * Bump when the fold below changes in a way the fingerprint cannot see (a helper the domain does
 * not export): stored snapshots of the old fold are then never read again.
 */
const FOLD_FORMAT = 'past-v1';

/**
 * The version of the fold under which snapshots are stored beside the log: a digest of the source
 * of every function the domain exports (deciders' evolve and decide included) and of the
 * disclosure, with FOLD_FORMAT. A snapshot taken by other code would pass the chain check and
 * still be wrong, so a release that changes any of them starts from fresh snapshots (old rows
 * stay unread in the table until deleted; docs/event-store.md).
 */
export const FOLD_VERSION = ((): string => {
  const h = createHash('sha256').update(FOLD_FORMAT);
  const add = (name: string, value: unknown): void => {
    if (typeof value === 'function') h.update(`\u0000${name}\u0000${String(value)}`);
  };
  for (const name of Object.keys(domain).sort()) {
    const value: unknown = (domain as Record<string, unknown>)[name];
    add(name, value);
    if (value !== null && typeof value === 'object')
      for (const [key, member] of Object.entries(value)) add(`${name}.${key}`, member);
  }
  add('disclosureOf', disclosureOf);
  return h.digest('hex').slice(0, 16);
})();

interface Folder {
  readonly name: StateKind;
  readonly version: string;
  readonly stream: (id: string) => string;
  readonly initialState: () => Past;
  readonly evolve: (past: Past, event: DomainEvent) => Past;
}

const folder = <S, E>(
  name: StateKind,
  stream: (id: string) => string,
  decider: { initialState: () => S; evolve: (s: S, e: E) => S },
): Folder => {
  const evolve = decider.evolve as unknown as (state: unknown, event: DomainEvent) => unknown;
  return {
    name,
    version: FOLD_VERSION,
    stream,
    initialState: () => ({ state: decider.initialState(), disclosure: null }),
    evolve: (past, event) => ({
      state: evolve(past.state, event),
      disclosure: past.disclosure ?? (event.type === 'BidsOpened' ? disclosureOf([event]) : null),
    }),
  };
};

const FOLDERS: Readonly<Record<StateKind, Folder>> = {
  tender: folder('tender', tenderStream, tenderDecider),
  contract: folder('contract', contractStream, contractDecider),
  supplier: folder('supplier', supplierStream, supplierDecider),
  'budget-line': folder('budget-line', budgetStream, budgetLineDecider),
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
 *
 * With `snapshots`, a long stream is folded from its nearest earlier snapshot once that snapshot
 * is verified against the log (StateSnapshots: the event it ends at must still have the chain
 * hash and position it was taken at), and only the events after it are read; `full` folds every
 * event from the first and ignores snapshots (the audit route's `verify=full`).
 */
export async function reconstruct(
  store: EventStore,
  kind: StateKind,
  id: string,
  at: { asOf?: string | undefined; atPosition?: number | undefined },
  viewer: Viewer | undefined,
  options: { readonly snapshots?: StateSnapshots; readonly full?: boolean } = {},
): Promise<Reconstruction | undefined> {
  const f = FOLDERS[kind];
  const stream = f.stream(id);
  // Without a snapshot store, one used for this answer only: the fold still reads page by page.
  const snapshots = options.snapshots ?? new StateSnapshots();
  const folded = await snapshots.foldAt(
    store,
    stream,
    f,
    {
      atPosition: at.atPosition,
      asOfMs: at.asOf === undefined ? undefined : Date.parse(at.asOf),
    },
    { full: options.full === true || options.snapshots === undefined },
  );
  if (folded.streamRevision === 0) return undefined;
  const { state, disclosure } = folded.state;
  const tender = kind === 'tender' ? (state as TenderState) : undefined;
  return {
    kind,
    id,
    stream,
    asOf: at.asOf ?? null,
    atPosition: at.atPosition ?? null,
    revision: folded.revision,
    position: folded.last?.position ?? 0,
    lastRecordedAt: folded.last?.recordedAt ?? null,
    streamRevision: folded.streamRevision,
    state:
      tender !== undefined && tender.status !== 'none'
        ? tenderStateView(viewer, tender, disclosure)
        : state,
  };
}
