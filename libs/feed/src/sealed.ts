import {
  NEVER_DISCLOSED,
  SEALED_FIELDS,
  type LedgerEventType,
  type TenderBid,
  type TenderQuestion,
  type TenderRecord,
} from '@contract-ledger/domain';
import { mayEverSee } from './audience';
import type { Viewer } from './source-event';

/**
 * Which bids of a tender are public at some point of its stream: the ids its BidsOpened named
 * (`openedBidIds`), or null while no BidsOpened is at or before that point. A view of the log up
 * to position P takes the disclosure of the tender's events up to P: the current views (tender,
 * bids, history) take the whole stream, a state `asOf` / `atPosition` the prefix it folds, a feed
 * record its own position (where a bid event is always still sealed).
 */
export type Disclosure = ReadonlySet<string> | null;

/** The disclosure of a feed record: nothing of a bid is public before the record of its opening. */
export const SEALED: Disclosure = null;

export function disclosureOf(
  events: readonly { readonly type: string; readonly data: unknown }[],
): Disclosure {
  const opening = events.find((e) => e.type === 'BidsOpened');
  if (opening === undefined) return null;
  const ids = (opening.data as { openedBidIds?: unknown } | null)?.openedBidIds;
  return new Set(
    Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [],
  );
}

/**
 * THE rule for sealed bids (docs/adr/0006-sealed-data-in-feeds.md): who bid, at what
 * price and with which proposal is seen before opening by the bidder and the auditor only;
 * supervisors, the buying agency, evaluators and the public see it once BidsOpened names the bid.
 * A bid it never names (withdrawn, lapsed, or on a tender that failed or was cancelled before
 * opening) stays sealed for good. Every route and feed that shows a bid asks this function.
 */
export function maySeeBid(
  viewer: Viewer | undefined,
  bid: { readonly bidId: string; readonly supplierId: string },
  disclosure: Disclosure,
): boolean {
  if (viewer?.role === 'auditor') return true;
  if (
    viewer?.role === 'supplier' &&
    viewer.supplierId !== undefined &&
    viewer.supplierId === bid.supplierId
  )
    return true;
  return disclosure !== null && disclosure.has(bid.bidId);
}

/**
 * THE rule for a clarification's author: the question is public, who asked it only to the author
 * itself and the auditor, whatever the stage (no opening discloses it), so the buyer can neither
 * favour nor punish the asker. eventView applies it to QuestionAsked (SEALED_FIELDS; no bid id, so
 * maySeeBid's disclosure never includes it); questionView to a folded tender's questions.
 */
export function maySeeAuthor(viewer: Viewer | undefined, authorSupplierId: string): boolean {
  return maySeeBid(viewer, { bidId: '', supplierId: authorSupplierId }, null);
}

/**
 * Whether a tender event shows at all to `viewer`, beyond what of it shows (eventView). Before
 * opening, how many bids a tender received is known to its buying agency, its evaluators and
 * oversight only (ADR 0006 decision 6): the caller says whether the viewer is one of them
 * (`knowsBidCount`, the tender's readers). To anyone else a bid event it may not see (maySeeBid:
 * not its own, not named by the opening) is left out, not shown sealed: one item per bid counts
 * the bids all the same. A question is not a bid; its author is eventView's business. An event
 * only oversight sees (mayEverSee: an evaluator's conflict register) shows to nobody else.
 */
export function eventShown(
  viewer: Viewer | undefined,
  event: { readonly type: string; readonly data: unknown },
  disclosure: Disclosure,
  knowsBidCount: boolean,
): boolean {
  // Linked to a tender's history through its tenderId, yet shown to oversight only.
  if (!mayEverSee(viewer, event.type)) return false;
  if (knowsBidCount) return true;
  const type = event.type as LedgerEventType;
  if (SEALED_FIELDS[type] === undefined || NEVER_DISCLOSED.has(type)) return true;
  const data = (event.data ?? {}) as Record<string, unknown>;
  const bidId = typeof data['bidId'] === 'string' ? data['bidId'] : '';
  const supplierId = typeof data['supplierId'] === 'string' ? data['supplierId'] : '';
  return maySeeBid(viewer, { bidId, supplierId }, disclosure);
}

/** A question as a viewer sees it: without its author unless maySeeAuthor. */
export type TenderQuestionView = TenderQuestion | Omit<TenderQuestion, 'supplierId'>;

export function questionView(
  viewer: Viewer | undefined,
  question: TenderQuestion,
): TenderQuestionView {
  if (maySeeAuthor(viewer, question.supplierId)) return question;
  const { supplierId: _author, ...anonymous } = question;
  return anonymous;
}

/**
 * The metadata of an event (FeedMetadata) as a view shows it: a withheld author's actor and scope
 * name it, and its request ids link it to its other requests, so they may be absent.
 */
export interface ViewMetadata {
  readonly actor?: string;
  readonly role: string;
  readonly scope?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly commandId?: string;
  readonly occurredAt: string;
  readonly [extra: string]: unknown;
}

export interface EventView {
  readonly data: unknown;
  readonly metadata: ViewMetadata;
  /** What was withheld, data fields by name, metadata fields as `metadata.<name>`; empty when nothing was. */
  readonly redacted: readonly string[];
}

/**
 * Metadata fields withheld with a sealed author: the actor and scope name it (the bidder's staff
 * act in its name); the request ids link its requests to one another (a correlation id reused on a
 * question and a bid would name the asker to whoever learns the bidder at opening). The history
 * shows request ids to the auditor only (docs/read-side.md: personal data).
 */
const SEALED_METADATA = ['actor', 'scope', 'correlationId', 'causationId', 'commandId'] as const;

/**
 * What `viewer` may see of one event, with `disclosure` taken at the view's point (see Disclosure).
 * Only bid events lose anything: the sealed fields of SEALED_FIELDS and the actor and scope of
 * their metadata, unless maySeeBid says the viewer may see that bid.
 */
export function eventView(
  viewer: Viewer | undefined,
  event: { readonly type: string; readonly data: unknown; readonly metadata: ViewMetadata },
  disclosure: Disclosure,
  /** `countsBids`: the reader gets every bid's record anyway (a Kafka topic), so a count is no secret to it. */
  options: { readonly countsBids?: boolean } = {},
): EventView {
  const data = event.data;
  if (event.type === 'TenderAmended' && options.countsBids !== true)
    return amendmentView(viewer, event);
  const sealed = SEALED_FIELDS[event.type as LedgerEventType];
  if (sealed === undefined || data === null || typeof data !== 'object')
    return { data, metadata: event.metadata, redacted: [] };
  const source = data as Record<string, unknown>;
  const bidId = typeof source['bidId'] === 'string' ? source['bidId'] : '';
  const supplierId = typeof source['supplierId'] === 'string' ? source['supplierId'] : '';
  if (maySeeBid(viewer, { bidId, supplierId }, disclosure))
    return { data, metadata: event.metadata, redacted: [] };
  const fields = sealed.filter((field) => Object.prototype.hasOwnProperty.call(source, field));
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) if (!fields.includes(key)) kept[key] = value;
  const meta = event.metadata as Record<string, unknown>;
  const metaFields = SEALED_METADATA.filter(
    (field) => meta[field] !== undefined && meta[field] !== null,
  );
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta))
    if (!(SEALED_METADATA as readonly string[]).includes(key)) metadata[key] = value;
  return {
    data: fields.length > 0 ? kept : data,
    metadata: (metaFields.length > 0 ? metadata : meta) as ViewMetadata,
    redacted: [...fields, ...metaFields.map((field) => `metadata.${field}`)],
  };
}

/**
 * A material amendment names the bids it voided (`voidedBidIds`): one id per bid received so far,
 * so it counts them, which before opening only the buying agency, its evaluators and oversight may
 * know (ADR 0006 decision 6). An event view cannot tell the buying agency's officer or an
 * assigned evaluator from others, so the list shows to oversight (supervisor, review body,
 * auditor) only; the buyer and its evaluators read the count on the tender itself.
 */
export const OVERSIGHT: ReadonlySet<string> = new Set(['auditor', 'supervisor', 'review_body']);

function amendmentView(
  viewer: Viewer | undefined,
  event: { readonly type: string; readonly data: unknown; readonly metadata: ViewMetadata },
): EventView {
  const data = event.data as Record<string, unknown> | null;
  const voided = data?.['voidedBidIds'];
  if (OVERSIGHT.has(viewer?.role ?? '') || !Array.isArray(voided))
    return { data: event.data, metadata: event.metadata, redacted: [] };
  const { voidedBidIds: _voided, ...kept } = data!;
  return { data: kept, metadata: event.metadata, redacted: ['voidedBidIds'] };
}

/** A bid as a viewer who may not see it sees it: that it exists and where it stands, nothing of who or what. */
export interface SealedBid {
  readonly bidId: string;
  readonly status: TenderBid['status'];
  readonly submittedAt: string;
  readonly sealed: true;
}

export type TenderBidView = TenderBid | SealedBid;

export function bidView(
  viewer: Viewer | undefined,
  bid: TenderBid,
  disclosure: Disclosure,
): TenderBidView {
  if (maySeeBid(viewer, bid, disclosure)) return bid;
  return { bidId: bid.bidId, status: bid.status, submittedAt: bid.submittedAt, sealed: true };
}

/**
 * A folded tender as `viewer` may see it (the audit state route, asOf and atPosition included):
 * its questions through questionView, its bids through bidView, and scores only of bids the viewer may see (there are none before
 * opening; this keeps a bid id from pointing at a sealed bid's scores should that ever change).
 */
export function tenderStateView(
  viewer: Viewer | undefined,
  state: TenderRecord,
  disclosure: Disclosure,
): Omit<TenderRecord, 'bids' | 'questions'> & {
  readonly bids: Readonly<Record<string, TenderBidView>>;
  readonly questions: Readonly<Record<string, TenderQuestionView>>;
} {
  const bids: Record<string, TenderBidView> = {};
  const scores: Record<string, TenderRecord['scores'][string]> = {};
  for (const [bidId, bid] of Object.entries(state.bids)) {
    bids[bidId] = bidView(viewer, bid, disclosure);
    const bidScores = state.scores[bidId];
    if (bidScores !== undefined && !('sealed' in bids[bidId]!)) scores[bidId] = bidScores;
  }
  const questions: Record<string, TenderQuestionView> = {};
  for (const [questionId, question] of Object.entries(state.questions ?? {}))
    questions[questionId] = questionView(viewer, question);
  return { ...state, bids, scores, questions };
}
