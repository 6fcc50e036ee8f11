import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app';
import { ProbeModule } from './support/probe.module';

const root = path.resolve(__dirname, '../../..');
const ALICE = '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e';
const AGENCY_7 = '0190f5a2-0000-7000-8000-0000000000a7';
const AGENCY_8 = '0190f5a2-0000-7000-8000-0000000000a8';

/** `ledger token ...` as a user runs it (npm run ledger -- token ...), through the TypeScript loader. */
function mint(...args: string[]): string {
  const run = spawnSync(
    process.execPath,
    [
      '-r',
      path.join(root, 'tools/register.js'),
      path.join(root, 'apps/cli/src/main.ts'),
      'token',
      ...args,
    ],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`ledger token failed (${run.status}): ${run.stderr}`);
  return run.stdout.trim();
}

describe('tokens minted by `ledger token` against the API', () => {
  let dataDir: string;
  let app: NestFastifyApplication | undefined;
  beforeEach(() => (dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-cli-api-'))));
  afterEach(async () => {
    await app?.close();
    app = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('work when the CLI created the secret before the API started', async () => {
    const token = mint(
      '--role',
      'agency_officer',
      '--agency',
      AGENCY_7,
      '--sub',
      ALICE,
      '--data-dir',
      dataDir,
    );
    ({ app } = await createApp(
      { LEDGER_DATA_DIR: dataDir, LEDGER_STORE: 'memory', LOG_LEVEL: 'silent' },
      { imports: [ProbeModule] },
    ));
    await app.getHttpAdapter().getInstance().ready();
    const res = await request(app.getHttpServer())
      .get('/probe/public')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(res.body.actor).toEqual({ id: ALICE, role: 'agency_officer', agencyId: AGENCY_7 });
    // Scoped as minted: the officer acts for that agency and no other.
    await request(app.getHttpServer())
      .post(`/probe/agencies/${AGENCY_7}/things`)
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'x' })
      .expect(201);
    await request(app.getHttpServer())
      .post(`/probe/agencies/${AGENCY_8}/things`)
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'x' })
      .expect(403);
  }, 30_000);

  it('work when the API created the secret first, and a token for another data dir does not', async () => {
    ({ app } = await createApp(
      { LEDGER_DATA_DIR: dataDir, LEDGER_STORE: 'memory', LOG_LEVEL: 'silent' },
      { imports: [ProbeModule] },
    ));
    await app.getHttpAdapter().getInstance().ready();
    const supervisor = mint('--role', 'supervisor', '--data-dir', dataDir);
    await request(app.getHttpServer())
      .get('/probe/audit')
      .set('Authorization', `Bearer ${supervisor}`)
      .expect(200);

    const elsewhere = mkdtempSync(path.join(tmpdir(), 'ledger-cli-other-'));
    try {
      const foreign = mint('--role', 'supervisor', '--data-dir', elsewhere);
      const res = await request(app.getHttpServer())
        .get('/probe/audit')
        .set('Authorization', `Bearer ${foreign}`)
        .expect(401);
      expect(res.body.detail).toContain('signature is invalid');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 30_000);
});
