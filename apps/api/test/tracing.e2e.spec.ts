import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hs256 } from './support/tokens';
import { actors, startLedger, type LedgerApp } from './support/ledger';

const register = {
  kind: 'social_organisation',
  name: 'Traced care centre',
  registrationNumber: 'REG-1',
};

describe('tracing: HTTP -> command -> append, and projection batches', () => {
  let ledger: LedgerApp;
  const exporter = new InMemorySpanExporter();

  beforeAll(async () => {
    ledger = await startLedger({ spanExporter: exporter });
  });
  afterAll(() => ledger.close());

  it('nests the command and its append under the request span, with the correlation id', async () => {
    const a = actors(ledger);
    await ledger
      .http()
      .post('/api/v1/suppliers')
      .set('Authorization', a.supplier[0]!)
      .set('X-Correlation-Id', 'trace-me-1')
      .send(register)
      .expect(201);
    const spans = exporter.getFinishedSpans();
    const http = spans.find((s) => s.name === 'HTTP POST /api/v1/suppliers');
    expect(http).toBeDefined();
    expect(http!.attributes).toMatchObject({
      'ledger.correlation_id': 'trace-me-1',
      'http.response.status_code': 201,
      'http.route': '/api/v1/suppliers',
    });
    const command = spans.find(
      (s) => s.name.startsWith('command ') && parentOf(s) === http!.spanContext().spanId,
    );
    expect(command).toBeDefined();
    expect(command!.attributes['ledger.correlation_id']).toBe('trace-me-1');
    const append = spans.find(
      (s) => s.name === 'eventstore.append' && parentOf(s) === command!.spanContext().spanId,
    );
    expect(append).toBeDefined();
    expect(append!.attributes).toMatchObject({
      'ledger.events': 1,
      'ledger.streams': `supplier-${a.supplierIds[0]}`,
    });
    expect(new Set([http, command, append].map((s) => s!.spanContext().traceId)).size).toBe(1);
  });

  it('records a span per projection batch with the positions it covered', async () => {
    const deadline = Date.now() + 10_000;
    let batch: ReadableSpan | undefined;
    while (batch === undefined && Date.now() < deadline) {
      batch = exporter.getFinishedSpans().find((s) => s.name === 'projection audit');
      if (batch === undefined) await new Promise((r) => setTimeout(r, 50));
    }
    expect(batch?.attributes).toMatchObject({
      'ledger.projection': 'audit',
      'ledger.from_position': expect.any(Number),
      'ledger.to_position': expect.any(Number),
    });
  });
});

function parentOf(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}

/**
 * The real process with LEDGER_TRACING=otlp exports to an OTLP/HTTP endpoint: here a receiver that
 * accepts what the OpenTelemetry exporter posts (OTLP JSON, /v1/traces) and keeps it.
 */
describe('tracing: the API process exports OTLP over HTTP', () => {
  let receiver: Server;
  const received: unknown[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        if (req.url === '/v1/traces' && req.method === 'POST')
          received.push({
            contentType: req.headers['content-type'],
            body: JSON.parse(body) as unknown,
          });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('sends the request, command and append spans on shutdown at the latest', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-otlp-'));
    const root = path.resolve(__dirname, '../../..');
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(
      process.execPath,
      ['-r', path.join(root, 'tools/register.js'), path.join(root, 'apps/api/src/main.ts')],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'silent',
          LEDGER_DATA_DIR: dataDir,
          LEDGER_TRACING: 'otlp',
          OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
        },
        stdio: 'ignore',
      },
    );
    try {
      const until = Date.now() + 60_000;
      while (
        !(await fetch(`http://127.0.0.1:${port}/health/live`).then(
          (r) => r.ok,
          () => false,
        ))
      ) {
        if (Date.now() > until) throw new Error('the API did not start');
        await new Promise((r) => setTimeout(r, 200));
      }
      const secret = Buffer.from(
        readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim(),
        'base64url',
      );
      const supplierId = '01a24b00-0000-7000-8000-000000000001';
      const token = hs256(
        {
          sub: '01a24b00-0000-7000-8000-000000000002',
          role: 'supplier',
          supplierId,
          exp: Math.floor(Date.now() / 1000) + 600,
        },
        secret,
      );
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/suppliers`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'x-correlation-id': 'otlp-1',
        },
        body: JSON.stringify({ ...register, supplierId }),
      });
      expect(res.status).toBe(201);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    }
    const spans = received.flatMap((r) =>
      (r as { body: OtlpTraces }).body.resourceSpans.flatMap((rs) =>
        rs.scopeSpans.flatMap((ss) => ss.spans),
      ),
    );
    const http = spans.find((s) => s.name === 'HTTP POST /api/v1/suppliers');
    expect(http).toBeDefined();
    const command = spans.find((s) => s.parentSpanId === http!.spanId);
    expect(command?.name).toMatch(/^command /);
    expect(
      spans.some((s) => s.name === 'eventstore.append' && s.parentSpanId === command!.spanId),
    ).toBe(true);
    expect(http!.attributes).toEqual(
      expect.arrayContaining([{ key: 'ledger.correlation_id', value: { stringValue: 'otlp-1' } }]),
    );
    const resource = (received[0] as { body: OtlpTraces }).body.resourceSpans[0]!.resource
      .attributes;
    expect(resource).toEqual(
      expect.arrayContaining([
        { key: 'service.name', value: { stringValue: 'contract-ledger-api' } },
      ]),
    );
  }, 120_000);
});

interface OtlpTraces {
  resourceSpans: {
    resource: { attributes: unknown[] };
    scopeSpans: {
      spans: { name: string; spanId: string; parentSpanId?: string; attributes: unknown[] }[];
    }[];
  }[];
}
