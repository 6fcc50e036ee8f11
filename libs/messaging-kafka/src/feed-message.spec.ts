import type { RecordedEvent } from '@contract-ledger/event-store';
import { backoffDelay } from './backoff';
import { decodeFeedRecord, MalformedFeedRecord } from './feed-consumer';
import { feedHeaders, toFeedMessage } from '@contract-ledger/feed';
import { feedTopics, topicForStream } from './topics';

const event: RecordedEvent = {
  position: 42,
  stream: 'contract-7',
  revision: 3,
  eventId: '0193a0c2-0000-7000-8000-000000000001',
  type: 'FundsDisbursed',
  schemaVersion: 2,
  data: { amount: { amount: '10.00', currency: 'EUR' } },
  metadata: {
    actor: 'u1',
    role: 'treasury',
    correlationId: 'corr-1',
    commandId: 'cmd-1',
    occurredAt: '2026-11-26T10:00:00.000Z',
  },
  recordedAt: '2026-11-26T10:00:00.001Z',
  prevHash: 'aa',
  hash: 'bb',
};

describe('topic routing', () => {
  it.each([
    ['tender-1', 'ledger.tenders'],
    ['contract-x', 'ledger.contracts'],
    ['supplier-9', 'ledger.suppliers'],
    ['budget-2026-01', 'ledger.budgets'],
  ])('%s goes to %s', (stream, topic) => {
    expect(topicForStream('ledger', stream)).toBe(topic);
  });

  it('leaves streams outside the four categories unrouted, including look-alikes', () => {
    expect(topicForStream('ledger', 'agency-1')).toBeUndefined();
    expect(topicForStream('ledger', 'tenders-1')).toBeUndefined();
    expect(topicForStream('ledger', 'contract')).toBeUndefined();
    // The refusal records (docs/events.md) stay off the feed: docs/kafka.md documents the position gaps.
    expect(
      topicForStream('ledger', 'refusals-0190f3c2-0000-7000-8000-000000000001'),
    ).toBeUndefined();
  });

  it('names the four topics with the prefix', () => {
    expect(feedTopics('p')).toEqual(['p.tenders', 'p.contracts', 'p.suppliers', 'p.budgets']);
  });
});

describe('feed record', () => {
  it('carries the six contract headers as strings', () => {
    expect(feedHeaders(event)).toEqual({
      'event-id': event.eventId,
      'event-type': 'FundsDisbursed',
      'schema-version': '2',
      position: '42',
      'correlation-id': 'corr-1',
      hash: 'bb',
    });
  });

  it('is keyed by stream id and round-trips through decoding', () => {
    const message = toFeedMessage('ledger.contracts', event);
    expect(message.key).toBe('contract-7');
    const decoded = decodeFeedRecord({
      topic: message.topic,
      partition: 1,
      offset: '5',
      key: message.key,
      value: message.value,
      headers: message.headers,
    });
    expect(decoded).toEqual({ ...event, topic: 'ledger.contracts', partition: 1, offset: '5' });
  });

  it('refuses records that are not feed events', () => {
    const base = { topic: 't', partition: 0, offset: '0', key: null, headers: {} };
    expect(() => decodeFeedRecord({ ...base, value: null })).toThrow(MalformedFeedRecord);
    expect(() => decodeFeedRecord({ ...base, value: 'not json' })).toThrow('value is not JSON');
    expect(() => decodeFeedRecord({ ...base, value: '{}' })).toThrow('no event id');
  });
});

describe('backoff', () => {
  const options = { initialMs: 100, maxMs: 1_000, factor: 2, jitter: 0.2 };

  it('doubles from the initial delay up to the cap', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 10].map((a) => backoffDelay(a, options, middle))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('spreads by the jitter share around the base', () => {
    expect(backoffDelay(2, options, () => 0)).toBe(160);
    expect(backoffDelay(2, options, () => 0.999999)).toBe(240);
  });
});
