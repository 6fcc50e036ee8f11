import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EVENT_STORE } from '@contract-ledger/application';
import { uuidv7, type EventStore } from '@contract-ledger/event-store';
import {
  deleteFeedTopics,
  kafkaBrokers,
  readTopicWithKcat,
  requireKafka,
} from '@contract-ledger/messaging-kafka/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../app';
import { RelayHost } from './relay.module';

const meta = () => ({
  actor: uuidv7(),
  role: 'supplier',
  correlationId: uuidv7(),
  commandId: uuidv7(),
  occurredAt: '2026-03-10T09:00:00.000Z',
});

/**
 * The API in single-process mode (KAFKA_BROKERS set) hosts the relay: what is appended reaches the
 * topics, read back by kcat, with the feed view applied. Uses the default `ledger` prefix, which it
 * deletes first and last.
 */
describe('API with KAFKA_BROKERS: the in-process relay', () => {
  let app: NestFastifyApplication;
  let dataDir: string;

  beforeAll(async () => {
    await requireKafka();
    await deleteFeedTopics('ledger');
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-relay-'));
    ({ app } = await createApp({
      LEDGER_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: kafkaBrokers().join(','),
    }));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    await deleteFeedTopics('ledger');
  }, 60_000);

  it('publishes appended events keyed by stream, sealed bid contents withheld, checkpoint in the ledger database', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    const relay = app.get(RelayHost);
    expect(relay.enabled).toBe(true);
    const tenderId = uuidv7();
    const supplierId = uuidv7();
    const bidId = uuidv7();
    const digest = 'c'.repeat(64);
    const result = await store.append(
      `tender-${tenderId}`,
      [
        {
          type: 'BidSubmitted',
          data: {
            tenderId,
            bidId,
            supplierId,
            price: { amountMinor: 123_456_00, currency: 'CNY' },
            proposalDigest: digest,
            submittedAt: '2026-03-10T09:00:00.000Z',
          },
          metadata: meta(),
        },
        {
          type: 'BidWithdrawn',
          data: { tenderId, bidId, supplierId, withdrawnAt: '2026-03-11T09:00:00.000Z' },
          metadata: meta(),
        },
      ],
      { expectedRevision: 'any' },
    );
    await relay.waitFor(result.position);
    expect(await relay.lag()).toBe(0);

    const records = readTopicWithKcat('ledger.tenders').filter(
      (r) => r.key === `tender-${tenderId}`,
    );
    expect(records.map((r) => r.headers['event-type'])).toEqual(['BidSubmitted', 'BidWithdrawn']);
    const [bid, withdrawn] = records;
    expect(bid!.payload).not.toContain('12345600');
    expect(bid!.payload).not.toContain(digest);
    // Who bid is sealed too (ADR 0006, decision 6): in the data and in the actor's metadata.
    expect(bid!.payload).not.toContain(supplierId);
    expect(withdrawn!.payload).not.toContain(supplierId);
    const sealed = (names: string[]) =>
      names.filter((n) => ['supplierId', 'price', 'proposalDigest'].includes(n));
    expect(sealed(bid!.headers['redacted']!.split(','))).toEqual([
      'supplierId',
      'price',
      'proposalDigest',
    ]);
    const stored = await store.readStream(`tender-${tenderId}`);
    expect(bid!.headers['hash']).toBe(stored[0]!.hash);
    expect(JSON.parse(bid!.payload!).redacted).toEqual(bid!.headers['redacted']!.split(','));
    expect(sealed(withdrawn!.headers['redacted']!.split(','))).toEqual(['supplierId']);
    expect(withdrawn!.headers['position']).toBe(String(result.position));
  }, 60_000);
});
