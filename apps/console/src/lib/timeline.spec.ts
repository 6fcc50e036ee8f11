import {
  buildTimeline,
  entriesRecordedBy,
  filterEntries,
  streamKind,
  summarise,
  type HistoryItem,
} from './timeline';

const item = (
  position: number,
  recordedAt: string,
  extra: Partial<HistoryItem> = {},
): HistoryItem => ({
  position,
  eventId: `e${position}`,
  type: 'TenderPublished',
  stream: 'tender-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
  at: recordedAt,
  recordedAt,
  who: { actor: 'a1', role: 'agency_officer', scope: null },
  why: null,
  data: {},
  ...extra,
});

describe('buildTimeline', () => {
  it('orders pages by position, drops repeated events, and lists the linked streams', () => {
    const t = buildTimeline([
      [item(7, '2026-03-02T09:00:07Z', { stream: 'budget-1' }), item(3, '2026-03-02T09:00:03Z')],
      [
        item(7, '2026-03-02T09:00:07Z', { stream: 'budget-1' }),
        item(9, '2026-03-02T09:00:09Z', { stream: 'contract-2' }),
      ],
    ]);
    expect(t.entries.map((e) => e.position)).toEqual([3, 7, 9]);
    expect(t.streams.map((s) => [s.kind, s.events])).toEqual([
      ['tender', 1],
      ['budget', 1],
      ['contract', 1],
    ]);
    expect([t.from, t.to]).toEqual(['2026-03-02T09:00:03Z', '2026-03-02T09:00:09Z']);
  });

  it('is empty for no events', () => {
    expect(buildTimeline([[]])).toEqual({
      entries: [],
      streams: [],
      from: undefined,
      to: undefined,
    });
  });
});

describe('entriesRecordedBy', () => {
  const entries = [1, 2, 3, 4].map((n) => item(n, `2026-03-02T09:00:0${n}.000Z`));
  it('counts the events recorded at or before an instant', () => {
    expect(entriesRecordedBy(entries, '2026-03-02T09:00:00Z')).toBe(0);
    expect(entriesRecordedBy(entries, '2026-03-02T09:00:02.000Z')).toBe(2);
    expect(entriesRecordedBy(entries, '2026-03-02T09:00:02.500Z')).toBe(2);
    expect(entriesRecordedBy(entries, '2027-01-01T00:00:00Z')).toBe(4);
  });
});

describe('filterEntries and summarise', () => {
  it('finds events by type, reason or data, case-insensitively', () => {
    const entries = [
      item(1, '2026-03-02T09:00:01Z', { type: 'TenderDrafted', data: { title: 'Home care' } }),
      item(2, '2026-03-02T09:00:02Z', { type: 'AwardMade', why: 'Best value' }),
    ];
    expect(filterEntries(entries, 'home CARE').map((e) => e.position)).toEqual([1]);
    expect(filterEntries(entries, 'best').map((e) => e.position)).toEqual([2]);
    expect(filterEntries(entries, '  ')).toBe(entries);
  });

  it('says what an event carries: money in units, scalars as they are, nothing for objects', () => {
    expect(
      summarise({
        title: 'Home care',
        amount: { amountMinor: 12345, currency: 'CNY' },
        criteria: [{}],
      }),
    ).toBe('title Home care · amount 123.45 CNY');
    expect(summarise(null)).toBe('');
    expect(streamKind('budget-0190')).toBe('budget');
  });
});
