/** One event of a procurement's history, as GET /api/v1/audit/tenders/{id}/history gives it. */
export interface HistoryItem {
  readonly position: number;
  readonly eventId: string;
  readonly type: string;
  readonly stream: string;
  readonly at: string;
  readonly recordedAt: string;
  readonly who: {
    readonly actor: string | null;
    readonly role: string;
    readonly scope: string | null;
  } | null;
  /** A reason: text, or the structured why of some commands ({ comments }...). */
  readonly why: unknown;
  readonly data: unknown;
  readonly correlationId?: string | null;
  readonly redacted?: readonly string[];
}

export interface StreamSummary {
  readonly stream: string;
  readonly kind: string;
  readonly events: number;
}

export interface Timeline {
  /** In global (log) order, each event once even when pages overlapped. */
  readonly entries: readonly HistoryItem[];
  readonly streams: readonly StreamSummary[];
  readonly from: string | undefined;
  readonly to: string | undefined;
}

/** `tender-0190…` -> `tender`, `budget-…` -> `budget`: the aggregate a stream belongs to. */
export function streamKind(stream: string): string {
  const dash = stream.indexOf('-');
  return dash < 0 ? stream : stream.slice(0, dash);
}

/**
 * Pages of a history to one timeline: ordered by position, deduplicated by event id (a page
 * re-read after a retry must not show an event twice), with the linked streams it crosses.
 */
export function buildTimeline(pages: readonly (readonly HistoryItem[])[]): Timeline {
  const byId = new Map<string, HistoryItem>();
  for (const page of pages) for (const item of page) byId.set(item.eventId, item);
  const entries = [...byId.values()].sort((a, b) => a.position - b.position);
  const streams = new Map<string, number>();
  for (const e of entries) streams.set(e.stream, (streams.get(e.stream) ?? 0) + 1);
  return {
    entries,
    streams: [...streams].map(([stream, events]) => ({ stream, kind: streamKind(stream), events })),
    from: entries[0]?.recordedAt,
    to: entries.at(-1)?.recordedAt,
  };
}

/** The reason an event gives, as one line (a command's `why` may be text or an object). */
export function whyText(why: unknown): string {
  if (why === null || why === undefined) return '';
  if (typeof why === 'string') return why;
  if (typeof why === 'object') {
    const values = Object.values(why as Record<string, unknown>).filter(
      (v) => typeof v === 'string',
    );
    return values.length > 0 ? values.join(' · ') : JSON.stringify(why);
  }
  return String(why);
}

/** How many entries had been recorded at `asOf` (ISO instant): the slider's stop for a date. */
export function entriesRecordedBy(entries: readonly HistoryItem[], asOf: string): number {
  const limit = Date.parse(asOf);
  let lo = 0;
  let hi = entries.length;
  // Positions and recordedAt grow together in a single-writer log, so a binary search is exact.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (Date.parse(entries[mid]!.recordedAt) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries whose type, stream, actor, reason or data mention `text` (case-insensitive). */
export function filterEntries(
  entries: readonly HistoryItem[],
  text: string,
): readonly HistoryItem[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return entries;
  return entries.filter((e) =>
    [
      e.type,
      e.stream,
      e.who?.actor ?? '',
      e.who?.role ?? '',
      whyText(e.why),
      JSON.stringify(e.data),
    ]
      .join(' ')
      .toLowerCase()
      .includes(needle),
  );
}

const SUMMARY_KEYS = [
  'title',
  'deadline',
  'amount',
  'reason',
  'rationale',
  'grounds',
  'outcome',
  'status',
  'score',
  'dueDate',
] as const;

/** A line about what an event says: its telling fields (money as minor units, as the API gives). */
export function summarise(data: unknown): string {
  if (typeof data !== 'object' || data === null) return '';
  const record = data as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of SUMMARY_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'object' && 'amountMinor' in value && 'currency' in value) {
      const m = value as { amountMinor: number; currency: string };
      parts.push(`${key} ${(m.amountMinor / 100).toFixed(2)} ${m.currency}`);
    } else if (typeof value !== 'object') parts.push(`${key} ${String(value)}`);
  }
  return parts.join(' · ');
}
