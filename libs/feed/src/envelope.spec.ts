import { FEED_HEADERS, toFeedMessage, toFeedValue } from './envelope';
import type { FeedSourceEvent } from './source-event';

const recorded = (type: string, data: unknown, position = 7): FeedSourceEvent => ({
  position,
  stream: 'tender-0190d000-0000-7000-8000-000000000001',
  revision: position,
  eventId: `0193a0c2-0000-7000-8000-00000000000${position}`,
  type,
  schemaVersion: 1,
  data,
  metadata: {
    actor: 'u1',
    role: 'supplier',
    scope: 'supplier:s1',
    correlationId: 'corr-1',
    commandId: 'cmd-1',
    occurredAt: '2026-03-10T09:00:00.000Z',
  },
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
const WITHHELD_METADATA = [
  'metadata.actor',
  'metadata.scope',
  'metadata.correlationId',
  'metadata.commandId',
];
const SEALED_NAMES = ['supplierId', 'price', 'proposalDigest', ...WITHHELD_METADATA];

describe('the feed envelope (sealed bids)', () => {
  it('withholds who bid, the price and the digest of a BidSubmitted on every Kafka record, and says so in a header and the envelope', () => {
    const message = toFeedMessage('ledger.tenders', bid);
    expect(message.value).not.toContain('45000000');
    expect(message.value).not.toContain(digest);
    expect(message.value).not.toContain('s1');
    expect(message.headers[FEED_HEADERS.redacted]).toBe(SEALED_NAMES.join(','));
    const value = JSON.parse(message.value);
    expect(value.data).toEqual({
      tenderId: 't1',
      bidId: 'b1',
      submittedAt: '2026-03-10T09:00:00.000Z',
    });
    // The request ids go with the author: they would link the bid to the bidder's other requests.
    expect(value.metadata).toEqual({
      role: 'supplier',
      occurredAt: '2026-03-10T09:00:00.000Z',
    });
    expect(message.headers).not.toHaveProperty(FEED_HEADERS.correlationId);
    expect(message.value).not.toContain('corr-1');
    expect(value.redacted).toEqual(SEALED_NAMES);
  });

  it('withholds the bidder of a withdrawal and a confirmation too: they are before opening, by rule', () => {
    for (const type of ['BidWithdrawn', 'BidConfirmed']) {
      const value = toFeedValue(
        recorded(type, {
          tenderId: 't1',
          bidId: 'b1',
          supplierId: 's1',
          withdrawnAt: '2026-03-11T09:00:00.000Z',
        }),
        undefined,
      );
      expect(JSON.stringify(value)).not.toContain('s1');
      expect(value.redacted).toEqual(['supplierId', ...WITHHELD_METADATA]);
    }
  });

  it('keeps the stored hash in the header and the envelope, although the redacted data no longer hashes to it', () => {
    const message = toFeedMessage('ledger.tenders', bid);
    expect(message.headers[FEED_HEADERS.hash]).toBe('stored-hash');
    expect(JSON.parse(message.value).hash).toBe('stored-hash');
  });

  it('passes the revelation through: BidsOpened carries the opened bids and has no redacted header', () => {
    const opened = recorded(
      'BidsOpened',
      {
        tenderId: 't1',
        openedBidIds: ['b1'],
        lapsedBidIds: [],
        openedBids: [{ bidId: 'b1', supplierId: 's1', price, proposalDigest: digest }],
        openedAt: '2026-04-02T09:00:00.000Z',
      },
      9,
    );
    const message = toFeedMessage('ledger.tenders', opened);
    expect(message.headers[FEED_HEADERS.redacted]).toBeUndefined();
    expect(message.headers[FEED_HEADERS.correlationId]).toBe('corr-1');
    expect(JSON.parse(message.value).data.openedBids[0].price).toEqual(price);
    expect(JSON.parse(message.value)).not.toHaveProperty('redacted');
  });

  it('leaves events without sealed fields exactly as recorded', () => {
    const signed = recorded('ContractSigned', { contractId: 'c1', supplierId: 's1' });
    expect(toFeedValue(signed, undefined)).toEqual({ ...signed });
  });

  it('gives the auditor and the bidder itself the event as stored; a supervisor or the buying officer the sealed view', () => {
    expect(toFeedValue(bid, { role: 'auditor', id: 'a' })).toEqual({ ...bid });
    expect(toFeedValue(bid, { role: 'supplier', id: 'u1', supplierId: 's1' })).toEqual({ ...bid });
    for (const viewer of [
      { role: 'supervisor', id: 'v' },
      { role: 'agency_officer', id: 'o', agencyId: 'a1' },
      { role: 'supplier', id: 'u2', supplierId: 's2' },
    ]) {
      expect(toFeedValue(bid, viewer).redacted).toEqual(SEALED_NAMES);
    }
  });
});

describe('the feed envelope of a sandbox ledger (ADR 0010)', () => {
  it('a sandbox event has the header sandbox: true and keeps metadata.sandbox in the value, even when sealed', () => {
    const signed = recorded('ContractSigned', { contractId: 'c1', supplierId: 's1' });
    const marked = { ...signed, metadata: { ...signed.metadata, sandbox: true } };
    const message = toFeedMessage('ledger.contracts', marked);
    expect(message.headers[FEED_HEADERS.sandbox]).toBe('true');
    expect(JSON.parse(message.value).metadata.sandbox).toBe(true);
    const sealed = toFeedMessage('ledger.tenders', {
      ...bid,
      metadata: { ...bid.metadata, sandbox: true },
    });
    expect(sealed.headers[FEED_HEADERS.sandbox]).toBe('true');
    expect(JSON.parse(sealed.value).metadata.sandbox).toBe(true);
  });
  it('a production event has no sandbox header', () => {
    const message = toFeedMessage(
      'ledger.contracts',
      recorded('ContractSigned', { contractId: 'c1' }),
    );
    expect(Object.keys(message.headers)).not.toContain(FEED_HEADERS.sandbox);
  });
});

describe('what only counts bids: a Kafka topic keeps it, a caller of the SSE feed gets it as oversight', () => {
  const amended = recorded('TenderAmended', {
    tenderId: 't1',
    material: true,
    voidedBidIds: ['b1', 'b2'],
    amendedAt: '2026-03-10T09:00:00.000Z',
  });

  it('a topic record keeps the revision and the voided bids (its consumers get every bid record)', () => {
    const value = JSON.parse(toFeedMessage('t', amended).value) as Record<string, unknown>;
    expect(value['revision']).toBe(7);
    expect(value['data']).toMatchObject({ voidedBidIds: ['b1', 'b2'] });
    expect(value['redacted']).toBeUndefined();
  });

  it('the SSE feed withholds both from the public and suppliers, not from the supervisor', () => {
    for (const viewer of [undefined, { role: 'supplier', supplierId: 's1' }]) {
      const value = toFeedValue(amended, viewer, 'caller');
      expect(value.revision).toBeUndefined();
      expect(value.data).not.toHaveProperty('voidedBidIds');
      expect(value.redacted).toEqual(['voidedBidIds', 'revision']);
    }
    const supervisor = toFeedValue(amended, { role: 'supervisor' }, 'caller');
    expect(supervisor).toMatchObject({ revision: 7, data: { voidedBidIds: ['b1', 'b2'] } });
  });
});
