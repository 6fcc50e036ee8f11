import type { AuditEventRow } from '@contract-ledger/read-store-sql';

/**
 * What the history of a tender shows to whom (docs/read-side.md "Personal and sealed data").
 *
 * Personal data, shown to auditors only:
 * - the actor id (token subject) of events done by a supplier's staff or by an evaluator: they are
 *   private persons or independent experts, not officials acting in office; officials' ids
 *   (agency officers, finance officers, supervisors) stay, because their accountability is the point;
 * - person ids inside the data: `evaluatorId`, `reportedBy` (the supplier's employee who reported a delivery);
 * - the text of a conflict-of-interest declaration (`description`), which describes a relationship;
 * - correlation ids (they link requests of one user session).
 *
 * Sealed data, shown to auditors only while the bids are sealed: a bid's supplier, price and
 * proposal digest until the tender's BidsOpened lists that bid (a failed tender never opens them).
 */
export interface HistoryItem {
  readonly position: number;
  readonly eventId: string;
  readonly type: string;
  readonly stream: string;
  /** occurredAt: when the act happened (the request reached the API). */
  readonly at: string;
  readonly recordedAt: string;
  readonly who: { readonly actor?: string; readonly role: string; readonly scope?: string | null };
  /** The reasons the event gives for itself: reason, rationale, justification, grounds, explanation, comments. */
  readonly why: Readonly<Record<string, string>> | null;
  readonly data: unknown;
  readonly correlationId?: string;
  /** True when sealed or personal fields were left out of this item. */
  readonly redacted?: true;
}

const WHY_FIELDS = ['reason', 'rationale', 'overrideRationale', 'justification', 'grounds', 'explanation', 'comments'] as const;
const PERSONAL_ROLES = new Set(['supplier', 'evaluator']);
const PERSONAL_FIELDS = ['evaluatorId', 'reportedBy', 'description'] as const;
const BID_EVENTS = new Set(['BidSubmitted', 'BidWithdrawn', 'BidConfirmed']);
const SEALED_FIELDS = ['supplierId', 'price', 'proposalDigest'] as const;

function whyOf(data: Record<string, unknown>): Record<string, string> | null {
  const why: Record<string, string> = {};
  for (const field of WHY_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value.length > 0) why[field] = value;
  }
  return Object.keys(why).length > 0 ? why : null;
}

/** The bids a BidsOpened event made public, from the tender's own stream (null: never opened). */
export type OpenedBids = ReadonlySet<string> | null;

export function historyItem(row: AuditEventRow, full: boolean, opened: OpenedBids): HistoryItem {
  const data = (row.data ?? {}) as Record<string, unknown>;
  const base = { position: row.position, eventId: row.eventId, type: row.type, stream: row.stream, at: row.occurredAt, recordedAt: row.recordedAt };
  if (full) {
    return { ...base, who: { actor: row.actor, role: row.role, scope: row.scope }, why: whyOf(data), data, correlationId: row.correlationId };
  }
  let redacted = PERSONAL_ROLES.has(row.role);
  const shown: Record<string, unknown> = { ...data };
  for (const field of PERSONAL_FIELDS) {
    if (field in shown) {
      delete shown[field];
      redacted = true;
    }
  }
  const bidId = typeof data['bidId'] === 'string' ? data['bidId'] : undefined;
  if (BID_EVENTS.has(row.type) && (opened === null || bidId === undefined || !opened.has(bidId))) {
    for (const field of SEALED_FIELDS) delete shown[field];
    redacted = true;
  }
  return {
    ...base,
    who: PERSONAL_ROLES.has(row.role) ? { role: row.role, scope: row.scope } : { actor: row.actor, role: row.role, scope: row.scope },
    why: whyOf(shown),
    data: shown,
    ...(redacted ? { redacted: true as const } : {}),
  };
}
