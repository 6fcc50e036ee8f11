import { dropDatabase } from '@contract-ledger/read-store-sql/testing';
import { openPostgresEventStore } from '@contract-ledger/event-store-postgres';
import type { EventStore } from '@contract-ledger/event-store';
import {
  deleteFeedTopics,
  kafkaBrokers,
  requireKafka,
  uniqueTopicPrefix,
} from '@contract-ledger/messaging-kafka/testing';
import { id, Procurement } from '@contract-ledger/projections/testing';
import { READ_MODEL_NAMES } from '@contract-ledger/runtime';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

const root = path.resolve(__dirname, '../../..');
const ADMIN_URL = process.env['DATABASE_URL'] ?? 'postgres://ledger:ledger@127.0.0.1:5432/ledger';

interface OtlpSpan {
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}
interface OtlpTraces {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
}

const attribute = (span: OtlpSpan, key: string): string | number | undefined => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  if (value?.intValue !== undefined) return Number(value.intValue);
  return value?.stringValue;
};

/**
 * The worker process with LEDGER_TRACING=otlp exports its projection and relay batches to an
 * OTLP/HTTP receiver started here: a plain HTTP server that keeps what the real OpenTelemetry
 * exporter posts to /v1/traces (OTLP JSON), as a collector's OTLP/HTTP receiver would accept it.
 */
describe('apps/worker tracing: projection and relay batches reach an OTLP/HTTP receiver', () => {
  const name = `worker_otlp_${process.pid}_${Date.now().toString(36)}`;
  const topicPrefix = uniqueTopicPrefix('worker-otlp');
  let url: string;
  let store: EventStore;
  let receiver: Server;
  const received: { contentType: string | undefined; body: OtlpTraces }[] = [];

  beforeAll(async () => {
    await requireKafka();
    receiver = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        if (req.url === '/v1/traces' && req.method === 'POST')
          received.push({
            contentType: req.headers['content-type'],
            body: JSON.parse(body) as OtlpTraces,
          });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const u = new URL(ADMIN_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    store = await openPostgresEventStore({ connectionString: url });
  });

  afterAll(async () => {
    await store?.close();
    await new Promise<void>((resolve) => receiver?.close(() => resolve()));
    await dropDatabase(ADMIN_URL, name);
    await deleteFeedTopics(topicPrefix).catch(() => undefined);
  });

  it('sends a span per projection batch and per acknowledged relay batch, flushed on SIGTERM', async () => {
    const world = new Procurement();
    world.openBudgetLine(id(1), id(2), '2026-01-05T09:00:00.000Z');
    world.registerSupplier(id(10), '2026-01-05T09:00:00.000Z');
    world.runTender({
      tenderId: id(1_000),
      agencyId: id(2),
      budgetLineId: id(1),
      draftedAt: '2026-01-10T09:00:00.000Z',
      bids: [{ supplierId: id(10), priceMinor: 900_000, score: 80 }],
    });
    for (const e of world.events.splice(0))
      await store.append(
        e.stream,
        [{ type: e.type, data: e.data, metadata: { ...e.metadata, commandId: 'otlp' } }],
        { expectedRevision: 'any' },
      );
    const head = (await store.head()).position;

    const child = spawn(
      process.execPath,
      ['-r', path.join(root, 'tools/register.js'), path.join(root, 'apps/worker/src/main.ts')],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          LEDGER_STORE: 'postgres',
          DATABASE_URL: url,
          LOG_LEVEL: 'silent',
          LEDGER_RELAY: 'worker',
          KAFKA_BROKERS: kafkaBrokers().join(','),
          KAFKA_TOPIC_PREFIX: topicPrefix,
          LEDGER_TRACING: 'otlp',
          OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const spans = () =>
      received
        .flatMap((r) => r.body.resourceSpans.flatMap((rs) => rs.scopeSpans))
        .flatMap((s) => s.spans);
    const reached = (prefix: string) =>
      spans().some((s) => s.name.startsWith(prefix) && attribute(s, 'ledger.to_position') === head);
    try {
      // The batch processor exports every 5 s: wait for every projection and the relay to reach the head.
      const until = Date.now() + 90_000;
      while (!(READ_MODEL_NAMES.every((p) => reached(`projection ${p}`)) && reached('relay '))) {
        if (child.exitCode !== null) throw new Error(`the worker exited with ${child.exitCode}`);
        if (Date.now() > until)
          throw new Error(
            `no spans to head ${head} within 90 s; got ${[...new Set(spans().map((s) => s.name))].join(', ')}`,
          );
        await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);

    const relay = spans().filter((s) => s.name === `relay kafka:${topicPrefix}`);
    // Batches tile the log: the relay published every event once, up to the head.
    expect(relay.reduce((n, s) => n + Number(attribute(s, 'ledger.messages')), 0)).toBe(head);
    const audit = spans().find((s) => s.name === 'projection audit')!;
    expect(audit.kind).toBe(5); // CONSUMER
    expect(attribute(audit, 'ledger.projection')).toBe('audit');
    expect(received[0]!.contentType).toMatch(/json/);
    expect(received[0]!.body.resourceSpans[0]!.resource.attributes).toEqual(
      expect.arrayContaining([
        { key: 'service.name', value: { stringValue: 'contract-ledger-worker' } },
      ]),
    );
  }, 150_000);
});
