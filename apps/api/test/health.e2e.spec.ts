import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { EventStore } from '@contract-ledger/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
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
    expect(res.body.details.store).toMatchObject({ status: 'up', store: 'sqlite', headPosition: 0 });
  });

  it('echoes a sane X-Correlation-Id and generates one otherwise', async () => {
    const given = await request(app.getHttpServer()).get('/health/live').set('X-Correlation-Id', 'abc-123');
    expect(given.headers['x-correlation-id']).toBe('abc-123');
    const hostile = await request(app.getHttpServer()).get('/health/live').set('X-Correlation-Id', 'a b;DROP TABLE');
    expect(hostile.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI UI at /docs and the document at /docs-json', async () => {
    const ui = await request(app.getHttpServer()).get('/docs').expect(200);
    expect(ui.headers['content-type']).toContain('text/html');
    expect(ui.text).toContain('swagger-ui');
    const doc = await request(app.getHttpServer()).get('/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
  });

  // Last: it closes the store under the running app.
  it('GET /health/ready answers 503 with the reason when the store does not answer', async () => {
    await app.get<EventStore>(EVENT_STORE).close();
    const res = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(res.body.details.store).toMatchObject({ status: 'down', store: 'sqlite' });
    expect(res.body.details.store.reason).toEqual(expect.any(String));
  });
});
