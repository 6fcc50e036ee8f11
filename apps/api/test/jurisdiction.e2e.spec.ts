import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { uuidv7 } from '@contract-ledger/event-store';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app';
import { hs256, inOneHour, USERS } from './support/tokens';

const root = path.resolve(__dirname, '../../..');

/** The policy and clock of the process: LEDGER_POLICY_FILE is in force for every command over HTTP. */
describe('the jurisdiction policy over HTTP', () => {
  let dataDir: string;
  let app: NestFastifyApplication | undefined;
  beforeEach(() => (dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-policy-'))));
  afterEach(async () => {
    await app?.close();
    app = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Opens a line, drafts an open tender and tries to publish it with a deadline a minute away. */
  async function publishInAMinute(
    env: Record<string, string>,
  ): Promise<{ status: number; code?: string }> {
    ({ app } = await createApp({
      LEDGER_DATA_DIR: dataDir,
      LEDGER_STORE: 'memory',
      LOG_LEVEL: 'silent',
      ...env,
    }));
    await app.getHttpAdapter().getInstance().ready();
    const secret = Buffer.from(
      readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim(),
      'base64url',
    );
    const agencyId = uuidv7();
    const bearer = (claims: object) => `Bearer ${hs256({ exp: inOneHour(), ...claims }, secret)}`;
    const finance = bearer({ sub: USERS.financeA, role: 'finance_officer', agencyId });
    const officer = bearer({ sub: USERS.officerA, role: 'agency_officer', agencyId });
    const http = () => request(app!.getHttpServer());
    const line = await http()
      .post('/api/v1/budget-lines')
      .set('Authorization', finance)
      .send({
        fiscalYear: 2026,
        category: 'training',
        amount: { amountMinor: 10_000_000, currency: 'CNY' },
      })
      .expect(201);
    const tender = await http()
      .post('/api/v1/tenders')
      .set('Authorization', officer)
      .send({
        budgetLineId: line.body.id,
        method: 'open',
        title: 'Vocational training for care workers',
        serviceCategory: 'training',
        estimatedValue: { amountMinor: 5_000_000, currency: 'CNY' },
        criteria: [{ criterionId: 'quality', name: 'Quality', weight: 100 }],
        eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
        contractType: 'short_term_project',
        paymentModel: 'outcome_based',
      })
      .expect(201);
    const res = await http()
      .post(`/api/v1/tenders/${tender.body.id}/publish`)
      .set('Authorization', officer)
      .send({ deadline: new Date(Date.now() + 60_000).toISOString() });
    return { status: res.status, code: res.body.code };
  }

  it('without a policy file the defaults apply: an open tender needs 20 days', async () => {
    expect(await publishInAMinute({})).toEqual({
      status: 409,
      code: 'TENDER_SUBMISSION_PERIOD_TOO_SHORT',
    });
  }, 30_000);

  it('with LEDGER_POLICY_FILE setting minSubmissionDays.open to 0, a deadline a minute away is accepted', async () => {
    const file = path.join(dataDir, 'policy.json');
    writeFileSync(file, JSON.stringify({ minSubmissionDays: { open: 0 } }));
    expect(await publishInAMinute({ LEDGER_POLICY_FILE: file })).toMatchObject({ status: 200 });
  }, 30_000);

  it('a bad policy file stops the process with exit code 1, naming the variable and the field', () => {
    const file = path.join(dataDir, 'policy.json');
    writeFileSync(file, JSON.stringify({ minValidBids: { open: 0 } }));
    const run = spawnSync(
      process.execPath,
      ['-r', path.join(root, 'tools/register.js'), path.join(root, 'apps/api/src/main.ts')],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          LEDGER_DATA_DIR: dataDir,
          LEDGER_POLICY_FILE: file,
          PORT: '1',
        },
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Invalid configuration:');
    expect(run.stderr).toContain('LEDGER_POLICY_FILE');
    expect(run.stderr).toContain('field "minValidBids.open"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
