import fc from 'fast-check';
import {
  canonicalJson,
  chainHash,
  CorruptEventError,
  GENESIS_HASH,
  isUuid,
  uuidv7,
  type StoredEventRow,
} from '@contract-ledger/event-store';
import {
  chainEventId,
  chainRevisionOf,
  expectedStateAfter,
  fromKurrentEvent,
  ledgerRevision,
  PROP,
  streamWrites,
  subscriptionStart,
  toKurrentEvent,
  type KurrentEventData,
  type KurrentRecordedEvent,
} from './mapping';

function row(
  position: number,
  stream: string,
  revision: number,
  data: unknown,
  prevHash = GENESIS_HASH,
): StoredEventRow {
  const fields = {
    position,
    stream,
    revision,
    eventId: uuidv7(),
    type: 'TenderDrafted',
    schemaVersion: 2,
    data: canonicalJson(data),
    metadata: canonicalJson({
      actor: 'u-1',
      role: 'officer',
      correlationId: 'c',
      commandId: 'k',
      occurredAt: '2026-01-01T00:00:00.000Z',
    }),
    recordedAt: '2026-01-01T00:00:00.123Z',
    prevHash,
  };
  return { ...fields, hash: chainHash(prevHash, fields) };
}

/**
 * What a KurrentDB round trip does to an event, as the client does it: JSON.stringify of data and
 * metadata on the way in, JSON.parse of both on the way out. The server keeps bytes; it never
 * reorders keys, so this is the whole transformation the mapping must survive.
 */
function throughKurrent(
  event: KurrentEventData,
  streamId: string,
  revision: bigint,
  metadataAsBytes = false,
): KurrentRecordedEvent {
  const metadataText = JSON.stringify(event.metadata);
  return {
    streamId,
    id: event.id,
    revision,
    type: event.type,
    isJson: true,
    data: JSON.parse(JSON.stringify(event.data)) as unknown,
    metadata: metadataAsBytes
      ? new Uint8Array(Buffer.from(metadataText, 'utf8'))
      : (JSON.parse(metadataText) as unknown),
  };
}

describe('KurrentDB event mapping', () => {
  it('a row survives the trip through KurrentDB byte for byte, and its hash still verifies', () => {
    // Integer-like keys are where a naive JSON round trip reorders (JS objects list them first).
    const original = row(7, 'tender-1', 3, {
      '10': 'a',
      '9': 'b',
      b: [1, 2.5, -0, 1e21],
      a: { é: '✓ "q" \\' },
      z: null,
    });
    for (const copy of ['stream', 'chain'] as const) {
      const back = fromKurrentEvent(
        throughKurrent(toKurrentEvent(original, copy), 'tender-1', 2n),
        7,
      );
      expect(back).toEqual(original);
      expect(chainHash(back.prevHash, back)).toBe(original.hash);
    }
  });

  it('any JSON data round-trips to the same canonical text (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const original = row(1, 's', 1, data);
        const back = fromKurrentEvent(
          throughKurrent(toKurrentEvent(original, 'chain'), 'ledger-chain', 0n),
          1,
        );
        return back.data === original.data && chainHash(back.prevHash, back) === original.hash;
      }),
      { numRuns: 300 },
    );
  });

  it('metadata is string-valued (multi-stream append takes nothing else) and carries every hashed number', () => {
    const original = row(12, 'contract-9', 4, { n: 1 });
    const { metadata } = toKurrentEvent(original, 'stream');
    expect(Object.values(metadata).every((v) => typeof v === 'string')).toBe(true);
    expect(metadata).toMatchObject({
      [PROP.position]: '12',
      [PROP.stream]: 'contract-9',
      [PROP.revision]: '4',
      [PROP.eventId]: original.eventId,
      [PROP.schemaVersion]: '2',
      [PROP.recordedAt]: original.recordedAt,
      [PROP.prevHash]: original.prevHash,
      [PROP.hash]: original.hash,
      [PROP.metadata]: original.metadata,
    });
  });

  it('reads metadata handed back as bytes, and numbers a server parsed', () => {
    const original = row(3, 's', 1, {});
    expect(
      fromKurrentEvent(throughKurrent(toKurrentEvent(original, 'chain'), 'c', 2n, true), 3),
    ).toEqual(original);
    const parsed = throughKurrent(toKurrentEvent(original, 'chain'), 'c', 2n);
    const withNumbers = {
      ...parsed,
      metadata: { ...(parsed.metadata as object), [PROP.position]: 3, [PROP.revision]: 1 },
    };
    expect(fromKurrentEvent(withNumbers, 3)).toEqual(original);
  });

  it('the aggregate copy keeps the eventId; the chain copy gets a derived, stable UUID', () => {
    const original = row(1, 's', 1, {});
    expect(toKurrentEvent(original, 'stream').id).toBe(original.eventId);
    const derived = toKurrentEvent(original, 'chain').id;
    expect(derived).not.toBe(original.eventId);
    expect(isUuid(derived)).toBe(true);
    expect(derived[14]).toBe('8');
    expect('89ab').toContain(derived[19]);
    expect(chainEventId(original.eventId.toUpperCase())).toBe(derived);
  });

  it.each([
    ['no ledger metadata', { metadata: undefined }],
    ['metadata bytes that are not JSON', { metadata: new Uint8Array([0x7b, 0x7b]) }],
    ['a binary (non-JSON) event', { isJson: false }],
    ['no data', { data: undefined }],
  ])('refuses an event with %s as corrupt, naming the position', (_label, change) => {
    const event = {
      ...throughKurrent(toKurrentEvent(row(5, 's', 1, {}), 'chain'), 'c', 4n),
      ...change,
    };
    expect(() => fromKurrentEvent(event, 5)).toThrow(CorruptEventError);
    expect(() => fromKurrentEvent(event, 5)).toThrow(/position 5/);
  });

  it('refuses a missing or non-numeric number', () => {
    const event = throughKurrent(toKurrentEvent(row(5, 's', 1, {}), 'chain'), 'c', 4n);
    const without = {
      ...event,
      metadata: { ...(event.metadata as object), [PROP.hash]: undefined },
    };
    expect(() => fromKurrentEvent(without, 5)).toThrow(/no ledger\.hash/);
    const bad = { ...event, metadata: { ...(event.metadata as object), [PROP.revision]: '1.5' } };
    expect(() => fromKurrentEvent(bad, 5)).toThrow(
      /ledger\.revision "1\.5" is not a non-negative integer/,
    );
  });
});

describe('revision and position arithmetic', () => {
  it('our revision counts events; KurrentDB numbers them from 0', () => {
    expect(expectedStateAfter(0)).toBe('no_stream');
    expect(expectedStateAfter(1)).toBe(0n);
    expect(expectedStateAfter(5)).toBe(4n);
    expect(ledgerRevision(0n)).toBe(1);
    expect(ledgerRevision(41n)).toBe(42);
    expect(() => expectedStateAfter(-1)).toThrow(RangeError);
    expect(() => expectedStateAfter(1.5)).toThrow(RangeError);
  });

  it('position p is the chain stream event at base + p - 1', () => {
    expect(chainRevisionOf(1, 0n)).toBe(0n);
    expect(chainRevisionOf(10, 0n)).toBe(9n);
    expect(chainRevisionOf(1, 7n)).toBe(7n);
    expect(() => chainRevisionOf(0, 0n)).toThrow(RangeError);
  });

  it('a subscription starts after the revision before the wanted position', () => {
    expect(subscriptionStart(1, 0n)).toBe('start');
    expect(subscriptionStart(2, 0n)).toBe(0n);
    expect(subscriptionStart(11, 0n)).toBe(9n);
    expect(subscriptionStart(1, 7n)).toBe(6n);
  });

  it('a batch becomes one write per stream, in order of first appearance, expecting the revision before it', () => {
    const rows = [row(5, 'a', 1, {}), row(6, 'b', 3, {}), row(7, 'a', 2, {}), row(8, 'c', 10, {})];
    const writes = streamWrites(rows);
    expect(writes.map((w) => [w.stream, w.expectedState, w.rows.map((r) => r.position)])).toEqual([
      ['a', 'no_stream', [5, 7]],
      ['b', 1n, [6]],
      ['c', 8n, [8]],
    ]);
    expect(() => streamWrites([row(1, 'a', 1, {}), row(2, 'a', 3, {})])).toThrow(
      /revision 3 does not follow 1/,
    );
  });
});
