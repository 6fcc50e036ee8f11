import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { EventStore } from '@contract-ledger/event-store';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app';
import { EVENT_STORE } from '../src/store/store.module';

describe('health and docs over HTTP', () => {
  let app: NestFastifyApplication;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-health-'));
    ({ app } = await createApp({ LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('GET /health/live answers 200', async () => {
    const res = await request(app.getHttpServer()).get('/health/live').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /health/ready answers 200 with the store detail when the store is reachable', async () => {
    const res = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.store).toMatchObject({
      status: 'up',
      store: 'sqlite',
      headPosition: 0,
    });
  });

  it('echoes a sane X-Correlation-Id and generates one otherwise', async () => {
    const given = await request(app.getHttpServer())
      .get('/health/live')
      .set('X-Correlation-Id', 'abc-123');
    expect(given.headers['x-correlation-id']).toBe('abc-123');
    const hostile = await request(app.getHttpServer())
      .get('/health/live')
      .set('X-Correlation-Id', 'a b;DROP TABLE');
    expect(hostile.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI UI at /docs and the document at /docs-json', async () => {
    const ui = await request(app.getHttpServer()).get('/docs').expect(200);
    expect(ui.headers['content-type']).toContain('text/html');
    expect(ui.text).toContain('swagger-ui');
    const doc = await request(app.getHttpServer()).get('/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/health/live', '/health/ready']),
    );
  });

  it('GET /metrics: prom-client default Node metrics and the ledger series, requests counted per route pattern', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    const res = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(res.text).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
    }
    expect(res.text).toMatch(
      /^ledger_http_requests_total\{method="GET",route="\/health\/live",status="200"\} [1-9]\d*$/m,
    );
    // prom-client writes `le` first; label order carries no meaning in the format.
    expect(res.text).toMatch(
      /^ledger_http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/health\/live"\} [1-9]\d*$/m,
    );
    expect(res.text).toMatch(/^ledger_event_store_head_position 0$/m);
    for (const series of [
      'ledger_projection_checkpoint',
      'ledger_projection_lag_events',
      'ledger_projection_up',
      'ledger_projection_diverged',
    ]) {
      expect(res.text).toMatch(
        new RegExp(`^${series}\\{projection="audit"(,state="\\w+")?\\} \\d+$`, 'm'),
      );
    }
    expect(res.text).not.toMatch(/^ledger_relay_/m);
  });

  // Last: it closes the store under the running app.
  it('GET /health/ready answers 503 with the reason when the store does not answer', async () => {
    await app.get<EventStore>(EVENT_STORE).close();
    const res = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(res.body.details.store).toMatchObject({ status: 'down', store: 'sqlite' });
    expect(res.body.details.store.reason).toEqual(expect.any(String));
  });
});

describe('health over a log restored from an older backup', () => {
  let dataDir: string;
  beforeAll(() => (dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-rewound-'))));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Runs the API on the data dir, appends `events`, waits until every read model applied them. */
  async function session(
    events: number,
    look?: (app: NestFastifyApplication) => Promise<void>,
  ): Promise<void> {
    const { app } = await createApp({ LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    await app.getHttpAdapter().getInstance().ready();
    try {
      const store = app.get<EventStore>(EVENT_STORE);
      for (let i = 0; i < events; i++) {
        await store.append(
          `probe-${i}`,
          [
            {
              type: 'ProbeRecorded',
              data: { i },
              metadata: {
                actor: 'ops',
                role: 'auditor',
                correlationId: `c${i}`,
                commandId: `p${i}-${Date.now()}`,
                occurredAt: new Date().toISOString(),
              },
            },
          ],
          { expectedRevision: 'any' },
        );
      }
      if (look) return await look(app);
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const ready = await request(app.getHttpServer()).get('/health/ready');
        const projections = Object.values(
          ready.body.details.projections.projections as Record<
            string,
            { lag: number; checkpoint: number }
          >,
        );
        if (projections.every((p) => p.lag === 0 && p.checkpoint > 0)) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error('the read models did not catch up');
    } finally {
      await app.close();
    }
  }

  it('/health/ready fails naming the read models and the runbook, and /metrics says ledger_projection_diverged 1', async () => {
    const log = path.join(dataDir, 'ledger.sqlite');
    await session(5);
    copyFileSync(log, path.join(dataDir, 'backup.sqlite'));
    await session(5);
    // The operator restores yesterday's backup of the log, but not of the read store.
    for (const suffix of ['-wal', '-shm']) rmSync(`${log}${suffix}`, { force: true });
    copyFileSync(path.join(dataDir, 'backup.sqlite'), log);
    await session(1, async (app) => {
      const deadline = Date.now() + 5_000;
      let ready = await request(app.getHttpServer()).get('/health/ready');
      while (ready.status === 200 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        ready = await request(app.getHttpServer()).get('/health/ready');
      }
      expect(ready.status).toBe(503);
      const detail = ready.body.details.projections;
      expect(detail).toMatchObject({
        status: 'down',
        runbook: 'docs/runbooks/read-model-divergence.md',
      });
      // Found at start (the log ends at 5) or at the first read after the new event (another at 6).
      expect(detail.reason).toMatch(
        /^read model audit, .* diverged from the event log: audit v\d+: the log (ends at position 5, before|'s event at) the read model's checkpoint 10/,
      );
      expect(detail.projections.audit).toMatchObject({ state: 'diverged', checkpoint: 10 });
      const metrics = await request(app.getHttpServer()).get('/metrics').expect(200);
      expect(metrics.text).toContain('ledger_projection_diverged{projection="audit"} 1');
    });
    // Three starts and stops of the API: about 4 s on an idle machine.
  }, 30_000);
});
