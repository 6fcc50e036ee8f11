import type { EventStore, RecordedEvent } from '@contract-ledger/event-store';

const metadata = (n: number) => ({
  actor: `u-${n % 3}`,
  role: 'procurement-officer',
  correlationId: `c-${n}`,
  commandId: `k-${n}`,
  occurredAt: '2026-01-05T09:00:00.000Z',
});

/**
 * A source log with what a copy must reproduce: single appends, multi-stream appends, group commits
 * sharing one recordedAt (also with a stream coming back inside one transaction), and data whose key
 * order a careless JSON round trip would change.
 */
export async function seedSource(store: EventStore): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await store.append(
      `tender-${i % 5}`,
      [
        {
          type: 'TenderDrafted',
          data: { i, '10': 'x', '9': 'y', title: `Lot ${i} ✓` },
          metadata: metadata(i),
        },
      ],
      { expectedRevision: 'any' },
    );
  }
  await store.appendMulti([
    {
      stream: 'budget-1',
      expectedRevision: 'any',
      events: [{ type: 'Reserved', data: { amountMinor: 1 }, metadata: metadata(100) }],
    },
    {
      stream: 'tender-1',
      expectedRevision: 'any',
      events: [
        { type: 'Published', data: {}, metadata: metadata(101) },
        { type: 'Amended', data: { n: 2 }, metadata: metadata(102) },
      ],
    },
  ]);
  // Concurrent appends are group-committed: several share a transaction and its recordedAt.
  await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      store.append(
        `contract-${i % 4}`,
        [{ type: 'Signed', schemaVersion: 2, data: { i }, metadata: metadata(200 + i) }],
        { expectedRevision: 'any' },
      ),
    ),
  );
}

/** Everything a copy of the log must keep of an event, byte for byte (data and metadata as JSON, key order included). */
export const recordFields = (e: RecordedEvent) => [
  e.position,
  e.stream,
  e.revision,
  e.eventId,
  e.type,
  e.schemaVersion,
  JSON.stringify(e.data),
  JSON.stringify(e.metadata),
  e.recordedAt,
  e.prevHash,
  e.hash,
];
