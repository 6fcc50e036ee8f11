import type { RecordedEvent } from '@contract-ledger/event-store';
import { decodeFeedRecord } from './feed-consumer';
import { toFeedMessage, toFeedValue } from './feed-message';

const recorded = (type: string, data: unknown, position = 7): RecordedEvent => ({
  position,
  stream: 'tender-0190d000-0000-7000-8000-000000000001',
  revision: position,
  eventId: `0193a0c2-0000-7000-8000-00000000000${position}`,
  type,
  schemaVersion: 1,
  data,
  metadata: { actor: 'u1', role: 'supplier', correlationId: 'corr-1', commandId: 'cmd-1', occurredAt: '2026-03-10T09:00:00.000Z' },
  recordedAt: '2026-03-10T09:00:00.001Z',
  prevHash: 'aa',
  hash: 'stored-hash',
});

const price = { amountMinor: 450_000_00, currency: 'CNY' };
const digest = 'a'.repeat(64);
const bid = recorded('BidSubmitted', {
  tenderId: 't1',
  bidId: 'b1',
  supplierId: 's1',
  price,
  proposalDigest: digest,
  submittedAt: '2026-03-10T09:00:00.000Z',
});

describe('the feed view (sealed bids)', () => {
  it('withholds price and proposalDigest of a BidSubmitted on every Kafka record, and says so in a header and the envelope', () => {
    const message = toFeedMessage('ledger.tenders', bid);
    expect(message.value).not.toContain('450000');
    expect(message.value).not.toContain(digest);
    expect(message.headers['redacted']).toBe('price,proposalDigest');
    const value = JSON.parse(message.value);
    expect(value.data).toEqual({ tenderId: 't1', bidId: 'b1', supplierId: 's1', submittedAt: '2026-03-10T09:00:00.000Z' });
    expect(value.redacted).toEqual(['price', 'proposalDigest']);
  });

  it('keeps the stored hash in the header and the envelope, although the redacted data no longer hashes to it', () => {
    const message = toFeedMessage('ledger.tenders', bid);
    expect(message.headers['hash']).toBe('stored-hash');
    expect(JSON.parse(message.value).hash).toBe('stored-hash');
  });

  it('passes the revelation through: BidsOpened carries the opened prices and has no redacted header', () => {
    const opened = recorded('BidsOpened', {
      tenderId: 't1',
      openedBidIds: ['b1'],
      lapsedBidIds: [],
      openedBids: [{ bidId: 'b1', supplierId: 's1', price, proposalDigest: digest }],
      openedAt: '2026-04-02T09:00:00.000Z',
    }, 9);
    const message = toFeedMessage('ledger.tenders', opened);
    expect(message.headers['redacted']).toBeUndefined();
    expect(JSON.parse(message.value).data.openedBids[0].price).toEqual(price);
    expect(JSON.parse(message.value)).not.toHaveProperty('redacted');
  });

  it('leaves events without sealed fields exactly as recorded', () => {
    const withdrawn = recorded('BidWithdrawn', { tenderId: 't1', bidId: 'b1', supplierId: 's1', withdrawnAt: '2026-03-11T09:00:00.000Z' });
    expect(toFeedValue(withdrawn)).toEqual({ ...withdrawn });
  });

  it('the raw view (auditor, the bidder itself) is the event as stored', () => {
    expect(toFeedValue(bid, 'raw')).toEqual({ ...bid });
  });

  it('decodes a redacted record with the redaction named, so a consumer can tell withheld from absent', () => {
    const message = toFeedMessage('ledger.tenders', bid);
    const decoded = decodeFeedRecord({ topic: message.topic, partition: 0, offset: '1', key: message.key, value: message.value, headers: message.headers });
    expect(decoded.redacted).toEqual(['price', 'proposalDigest']);
    expect(decoded.data).not.toHaveProperty('price');
  });
});
