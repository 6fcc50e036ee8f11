import { eventView, type Disclosure, type Viewer } from '@contract-ledger/feed';
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
 * Sealed data is eventView's (libs/feed, the rule every route and feed uses): a bid event's
 * supplier, price, proposal digest and its actor's scope (`supplier:<id>`) are shown to the auditor
 * and the bidder only, until the tender's BidsOpened lists that bid (a failed tender never opens them).
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

const WHY_FIELDS = [
  'reason',
  'rationale',
  'overrideRationale',
  'justification',
  'grounds',
  'explanation',
  'comments',
] as const;
const PERSONAL_ROLES = new Set(['supplier', 'evaluator']);
const PERSONAL_FIELDS = ['evaluatorId', 'reportedBy', 'description'] as const;

function whyOf(data: Record<string, unknown>): Record<string, string> | null {
  const why: Record<string, string> = {};
  for (const field of WHY_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value.length > 0) why[field] = value;
  }
  return Object.keys(why).length > 0 ? why : null;
}

/** `disclosure`: the tender's, over its whole stream (the history is read now). */
export function historyItem(
  row: AuditEventRow,
  viewer: Viewer | undefined,
  disclosure: Disclosure,
): HistoryItem {
  const data = (row.data ?? {}) as Record<string, unknown>;
  const base = {
    position: row.position,
    eventId: row.eventId,
    type: row.type,
    stream: row.stream,
    at: row.occurredAt,
    recordedAt: row.recordedAt,
  };
  if (viewer?.role === 'auditor') {
    return {
      ...base,
      who: { actor: row.actor, role: row.role, scope: row.scope },
      why: whyOf(data),
      data,
      correlationId: row.correlationId,
    };
  }
  const sealed = eventView(
    viewer,
    {
      type: row.type,
      data,
      metadata: {
        role: row.role,
        ...(row.scope ? { scope: row.scope } : {}),
        correlationId: '',
        commandId: '',
        occurredAt: row.occurredAt,
      },
    },
    disclosure,
  );
  let redacted = PERSONAL_ROLES.has(row.role) || sealed.redacted.length > 0;
  const shown: Record<string, unknown> = { ...(sealed.data as Record<string, unknown>) };
  for (const field of PERSONAL_FIELDS) {
    if (field in shown) {
      delete shown[field];
      redacted = true;
    }
  }
  const scope = sealed.metadata.scope ?? null;
  return {
    ...base,
    who: PERSONAL_ROLES.has(row.role)
      ? { role: row.role, scope }
      : { actor: row.actor, role: row.role, scope },
    why: whyOf(shown),
    data: shown,
    ...(redacted ? { redacted: true as const } : {}),
  };
}
