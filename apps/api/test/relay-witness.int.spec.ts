// Against the real broker: infra/local/kafka.sh start (KAFKA_BROKERS to point elsewhere).
import { EVENT_STORE, type TransparencyLog } from '@contract-ledger/application';
import {
  generateCosignerKey,
  generateSignerKey,
  openNote,
  parseCheckpoint,
  parseCosignatureVerifierKey,
  parseCosignerKey,
  parseNote,
  parseSignerKey,
  uuidv7,
  type EventStore,
} from '@contract-ledger/event-store';
import { checkpointTopic } from '@contract-ledger/messaging-kafka';
import {
  deleteFeedTopics,
  kafkaBrokers,
  readTopicWithKcat,
  requireKafka,
  uniqueTopicPrefix,
  waitUntil,
} from '@contract-ledger/messaging-kafka/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app';
import { RelayHost } from '../src/relay/relay.module';
import { TRANSPARENCY_LOG } from '../src/transparency/log.controller';
import { ledgerWitness } from './support/witness';

const ORIGIN = 'relay-witness.example/log';
const logSigner = generateSignerKey(ORIGIN);
const witnessKey = generateCosignerKey('audit-office.example');
const witness = parseCosignatureVerifierKey(parseCosignerKey(witnessKey).key);

/**
 * The API with KAFKA_BROKERS and LEDGER_WITNESS_REQUIRED=1: its in-process relay puts a checkpoint
 * on `<prefix>.checkpoints` only once `ledger witness` (a separate process, over HTTP) cosigned
 * it, with the cosignature in the published note. A checkpoint no witness cosigned never goes out.
 */
describe('API relay with LEDGER_WITNESS_REQUIRED=1 and a real witness', () => {
  const prefix = uniqueTopicPrefix('witnessed');
  let app: NestFastifyApplication;
  let dir: string;
  let url: string;
  let store: EventStore;
  let log: TransparencyLog;
  let relay: RelayHost;
  const state = () => path.join(dir, 'witness');

  beforeAll(async () => {
    await requireKafka();
    dir = mkdtempSync(path.join(tmpdir(), 'ledger-relay-witness-'));
    mkdirSync(state());
    writeFileSync(path.join(state(), 'witness-key'), `${witnessKey}\n`, { mode: 0o600 });
    ({ app } = await createApp({
      LEDGER_DATA_DIR: path.join(dir, 'data'),
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: kafkaBrokers().join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      LEDGER_LOG_ORIGIN: ORIGIN,
      LEDGER_CHECKPOINT_KEY: logSigner,
      LEDGER_CHECKPOINT_EVERY_EVENTS: '0',
      LEDGER_CHECKPOINT_EVERY_SECONDS: '0',
      LEDGER_WITNESS_KEYS: witness.key,
      LEDGER_WITNESS_REQUIRED: '1',
    }));
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    store = app.get<EventStore>(EVENT_STORE);
    log = app.get<TransparencyLog>(TRANSPARENCY_LOG);
    relay = app.get(RelayHost);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
    await deleteFeedTopics(prefix);
  }, 60_000);

  const grow = async (count: number) => {
    const result = await store.append(
      `tender-${uuidv7()}`,
      Array.from({ length: count }, (_, n) => ({
        type: 'Probed',
        data: { n },
        metadata: {
          actor: uuidv7(),
          role: 'agency_officer',
          correlationId: uuidv7(),
          commandId: uuidv7(),
          occurredAt: '2026-03-02T09:00:00.000Z',
        },
      })),
      { expectedRevision: 'no_stream' },
    );
    await relay.waitFor(result.position);
    return log.checkpoint();
  };
  const published = () =>
    readTopicWithKcat(checkpointTopic(prefix)).map((r) => ({
      size: Number(r.headers['checkpoint-size']),
      value: JSON.parse(r.payload!) as { size: number; note: string; key: string },
    }));
  const publishedSize = () => relay.status()?.relay?.checkpointsPublished ?? 0;

  it('publishes a checkpoint only once the witness cosigned it, and never one it did not', async () => {
    const ten = await grow(10);
    expect(ten.size).toBe(10);
    // Signed, its events acknowledged, but not final: the relay looks (every second) and holds it.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(publishedSize()).toBe(0);
    expect(published()).toEqual([]);

    const first = await ledgerWitness(url, state());
    expect(first).toEqual({
      code: 0,
      out: expect.stringContaining(`witness: accepted ${ORIGIN} at size 10;`),
    });
    await waitUntil(() => publishedSize() === 10, 30_000, 'the cosigned checkpoint 10');

    // 15 is signed but never cosigned (the witness cosigns the latest when it runs: 20).
    await grow(5);
    await grow(5);
    const second = await ledgerWitness(url, state());
    expect(second).toEqual({
      code: 0,
      out: expect.stringContaining('at size 20 (consistent with the last accepted)'),
    });
    await waitUntil(() => publishedSize() === 20, 30_000, 'the cosigned checkpoint 20');

    const records = published();
    expect(records.map((r) => r.size)).toEqual([10, 20]);
    for (const { size, value } of records) {
      expect(value.size).toBe(size);
      expect(value.note).toBe((await log.at(size))!.note);
      // The log's signature and the witness's cosignature, both verifiable by an outsider.
      const opened = openNote(value.note, [parseSignerKey(logSigner).verifier]);
      expect(parseCheckpoint(opened.text).size).toBe(size);
      const cosignatures = parseNote(value.note).signatures.filter(
        (s) => s.name === 'audit-office.example',
      );
      expect(cosignatures).toHaveLength(1);
      expect(witness.verify(opened.text, cosignatures[0]!)).toEqual(expect.any(Number));
    }
    expect(log.isFinal((await log.at(15))!)).toBe(false);
  }, 120_000);
});
