import {
  deleteFeedTopics,
  kafkaBrokers,
  requireKafka,
  uniqueTopicPrefix,
} from '@contract-ledger/messaging-kafka/testing';
import { createTestDatabase } from '@contract-ledger/read-store-sql/testing';
import { freePort, READ_MODEL_NAMES } from '@contract-ledger/runtime';
import {
  startCollector,
  type CollectedSpan,
  type Collector,
} from '@contract-ledger/runtime/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hs256 } from './support/tokens';

const root = path.resolve(__dirname, '../../..');
const SUPPLIER = '01a24b00-0000-7000-8000-000000000001';
const CORRELATION = 'collector-trace-1';

/**
 * The scale-out deployment (PostgreSQL, an API that neither projects nor relays, a worker that does
 * both to Kafka), each process with LEDGER_TRACING=otlp, exporting to a real OpenTelemetry
 * Collector (infra/local/otelcol.sh) whose file exporter the test reads back.
 */
describe('tracing: the API and the worker export to a real OpenTelemetry Collector', () => {
  const topicPrefix = uniqueTopicPrefix('otelcol');
  let collector: Collector;
  let db: { url: string; drop: () => Promise<void> };
  let dataDir: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    await requireKafka();
    // Built in CI's own step before the integration tests; a first local run builds it here.
    collector = await startCollector();
    db = await createTestDatabase('otelcol');
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-otelcol-'));
  }, 900_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await collector?.stop();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await deleteFeedTopics(topicPrefix).catch(() => undefined);
  });

  const start = (entry: string, env: Record<string, string>): ChildProcess => {
    const child = spawn(
      process.execPath,
      ['-r', path.join(root, 'tools/register.js'), path.join(root, entry)],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          LOG_LEVEL: 'silent',
          LEDGER_STORE: 'postgres',
          DATABASE_URL: db.url,
          LEDGER_DATA_DIR: dataDir,
          LEDGER_PROJECTIONS: 'worker',
          LEDGER_RELAY: 'worker',
          KAFKA_BROKERS: kafkaBrokers().join(','),
          KAFKA_TOPIC_PREFIX: topicPrefix,
          LEDGER_TRACING: 'otlp',
          OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
          // The batch span processor's standard delay (5 s by default): a shorter wait here.
          OTEL_BSP_SCHEDULE_DELAY: '200',
          ...env,
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    children.push(child);
    return child;
  };
  const exit = (child: ChildProcess): Promise<number | null> =>
    child.exitCode !== null
      ? Promise.resolve(child.exitCode)
      : new Promise((resolve) => child.once('exit', resolve));

  async function until(what: string, ok: () => boolean, ms = 90_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!ok()) {
      for (const child of children)
        if (child.exitCode !== null) throw new Error(`a process exited with ${child.exitCode}`);
      if (Date.now() > deadline)
        throw new Error(
          `${what} not within ${ms} ms; the collector has: ${[...new Set(collector.spans().map((s) => `${s.service}/${s.name}`))].join(', ')}`,
        );
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('HTTP -> command -> append in one trace with the correlation id; projection and relay batches to that position', async () => {
    const port = await freePort();
    const api = start('apps/api/src/main.ts', { PORT: String(port), HOST: '127.0.0.1' });
    const deadline = Date.now() + 60_000;
    while (
      !(await fetch(`http://127.0.0.1:${port}/health/live`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
      if (Date.now() > deadline) throw new Error('the API did not start within 60 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    const secret = Buffer.from(
      readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim(),
      'base64url',
    );
    const token = hs256(
      {
        sub: '01a24b00-0000-7000-8000-000000000002',
        role: 'supplier',
        supplierId: SUPPLIER,
        exp: Math.floor(Date.now() / 1000) + 600,
      },
      secret,
    );
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/suppliers`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'x-correlation-id': CORRELATION,
      },
      body: JSON.stringify({
        kind: 'social_organisation',
        name: 'Traced care centre',
        registrationNumber: 'REG-1',
        supplierId: SUPPLIER,
      }),
    });
    expect(res.status).toBe(201);

    const apiSpan = (name: string) =>
      collector.spans().find((s) => s.service === 'contract-ledger-api' && s.name === name);
    await until('the API spans', () => apiSpan('eventstore.append') !== undefined);
    const spans = collector.spans();
    const http = apiSpan('HTTP POST /api/v1/suppliers')!;
    expect(http).toBeDefined();
    expect(http.kind).toBe(2); // SERVER
    expect(http.parentSpanId).toBeUndefined();
    expect(http.attributes).toMatchObject({
      'ledger.correlation_id': CORRELATION,
      'http.route': '/api/v1/suppliers',
      'http.response.status_code': 201,
    });
    const command = spans.find((s) => s.parentSpanId === http.spanId)!;
    expect(command?.name).toMatch(/^command /);
    expect(command.attributes['ledger.correlation_id']).toBe(CORRELATION);
    const append = spans.find(
      (s) => s.name === 'eventstore.append' && s.parentSpanId === command.spanId,
    )!;
    expect(append).toBeDefined();
    expect(append.attributes).toMatchObject({
      'ledger.correlation_id': CORRELATION,
      'ledger.streams': `supplier-${SUPPLIER}`,
      'ledger.events': 1,
    });
    expect(new Set([http, command, append].map((s) => s.traceId)).size).toBe(1);
    const head = Number(append.attributes['ledger.position']);
    expect(head).toBeGreaterThan(0);

    // The worker starts after the append, so its batches end at the append's position.
    const worker = start('apps/worker/src/main.ts', {});
    const reached = (prefix: string) => (s: CollectedSpan) =>
      s.service === 'contract-ledger-worker' &&
      s.name.startsWith(prefix) &&
      s.attributes['ledger.to_position'] === head;
    await until('projection and relay spans to the head', () => {
      const now = collector.spans();
      return (
        READ_MODEL_NAMES.every((p) => now.some(reached(`projection ${p}`))) &&
        now.some(reached('relay '))
      );
    });
    worker.kill('SIGTERM');
    api.kill('SIGTERM');
    expect(await exit(worker)).toBe(0);
    expect(await exit(api)).toBe(0);

    const after = collector.spans();
    const audit = after.find(reached('projection audit'))!;
    expect(audit.kind).toBe(5); // CONSUMER
    expect(audit.attributes['ledger.projection']).toBe('audit');
    const relay = after.filter(
      (s) => s.service === 'contract-ledger-worker' && s.name === `relay kafka:${topicPrefix}`,
    );
    // Batches tile the log: the relay published every event once, up to the head.
    expect(relay.reduce((n, s) => n + Number(s.attributes['ledger.messages']), 0)).toBe(head);
  }, 300_000);
});
