import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app';

// How the API serves the web console (apps/api/src/console/console.ts), on a stand-in build: the
// client routes get index.html, nothing else is shadowed, and development sign-in is offered only
// in the embedded mode and only to this machine. The console itself: console.browser.spec.ts.
const INDEX = '<!doctype html><title>console</title><script src="/assets/app-1.js"></script>';

function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'console-build-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), INDEX);
  writeFileSync(path.join(dir, 'assets', 'app-1.js'), 'console.info("hi")');
  return dir;
}

describe('the console, served by the API', () => {
  let app: NestFastifyApplication;
  let dataDir: string;
  let consoleDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-console-'));
    consoleDir = fakeBuild();
    ({ app } = await createApp(
      { LEDGER_DATA_DIR: dataDir, LEDGER_STORE: 'memory', LOG_LEVEL: 'silent' },
      { consoleDir },
    ));
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(consoleDir, { recursive: true, force: true });
  });
  const http = () => request(app.getHttpServer());

  it('answers index.html on the client routes, not cached, and the assets for a year', async () => {
    for (const url of [
      '/',
      '/tenders/0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
      '/blacklist',
      '/audit',
      '/audit/tenders/x',
      '/supervisor/red-flags',
      '/sign-in',
    ]) {
      const res = await http().get(url).expect(200);
      expect([url, res.headers['content-type'], res.text]).toEqual([
        url,
        'text/html; charset=utf-8',
        INDEX,
      ]);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    const asset = await http().get('/assets/app-1.js').expect(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
  });

  it('leaves the API, health, metrics, docs and log routes alone, and an unknown path a problem+json 404', async () => {
    expect((await http().get('/api/v1/public/tenders').expect(200)).body).toHaveProperty('items');
    await http().get('/health/live').expect(200);
    expect((await http().get('/metrics').expect(200)).text).not.toContain('<title>console');
    expect((await http().get('/docs-json').expect(200)).body).toHaveProperty('openapi');
    for (const url of ['/api/v1/tendres', '/assets/missing.js', '/nowhere', '/tenders']) {
      const res = await http().get(url).expect(404);
      expect([url, res.headers['content-type']]).toEqual([
        url,
        'application/problem+json; charset=utf-8',
      ]);
    }
  });

  it('mints a development token per role for a caller on this machine, which the API accepts', async () => {
    expect((await http().get('/console/config.json').expect(200)).body).toEqual({ devLogin: true });
    const minted = await http().post('/console/dev-token').send({ role: 'auditor' }).expect(200);
    expect(minted.body).toMatchObject({ role: 'auditor', token: expect.any(String) });
    await http()
      .get('/api/v1/audit/verify')
      .set('Authorization', `Bearer ${minted.body.token}`)
      .expect(200);

    const officer = await http()
      .post('/console/dev-token')
      .send({ role: 'agency_officer', agencyId: '0190f5a2-0000-7000-8000-0000000000a1' })
      .expect(200);
    expect(officer.body.agencyId).toBe('0190f5a2-0000-7000-8000-0000000000a1');
  });

  it('refuses a bad role or a missing scope as problems, and any caller from another machine', async () => {
    expect(
      (await http().post('/console/dev-token').send({ role: 'root' }).expect(400)).body.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (await http().post('/console/dev-token').send({ role: 'supplier' }).expect(400)).body.errors,
    ).toEqual([{ field: 'supplierId', messages: ['supplierId must be a UUID'] }]);
    const remote = await app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/console/dev-token',
        remoteAddress: '10.1.2.3',
        payload: { role: 'supervisor' },
      });
    expect([remote.statusCode, remote.json().code]).toEqual([403, 'FORBIDDEN']);
  });
});

describe('the console with an identity provider (AUTH_JWKS_URL)', () => {
  it('offers no development sign-in', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-console-'));
    const consoleDir = fakeBuild();
    const { app } = await createApp(
      {
        LEDGER_DATA_DIR: dataDir,
        LEDGER_STORE: 'memory',
        LOG_LEVEL: 'silent',
        AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
      },
      { consoleDir },
    );
    try {
      await app.getHttpAdapter().getInstance().ready();
      const http = () => request(app.getHttpServer());
      expect((await http().get('/console/config.json').expect(200)).body).toEqual({
        devLogin: false,
      });
      await http().post('/console/dev-token').send({ role: 'auditor' }).expect(404);
      await http().get('/').expect(200);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(consoleDir, { recursive: true, force: true });
    }
  });
});
