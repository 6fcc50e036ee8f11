import { uuidv7 } from '@contract-ledger/event-store';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app';
import { ReadSide } from '../src/read-side/read-side';
import { hs256, inOneHour } from './support/tokens';

const CNY = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

/**
 * The embedded server's projection runners on a worker thread (LEDGER_PROJECTION_THREAD, the
 * default on SQLite): reads wait for the thread's batches, health and metrics come from it, a
 * crashed thread is reported and started again, and shutdown leaves no batch half-committed.
 */
describe('projection thread (SQLite, projections in-process)', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  const agencyId = uuidv7();
  let finance: string;

  const http = () => request(app.getHttpServer());
  const start = async (env: Record<string, string> = {}) => {
    ({ app } = await createApp({
      LEDGER_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      LEDGER_STORE: 'sqlite',
      ...env,
    }));
    await app.getHttpAdapter().getInstance().ready();
    const secret = Buffer.from(
      readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim(),
      'base64url',
    );
    finance = `Bearer ${hs256(
      { exp: inOneHour(), sub: uuidv7(), role: 'finance_officer', agencyId },
      secret,
    )}`;
  };
  const openLine = async (): Promise<number> => {
    const res = await http()
      .post('/api/v1/budget-lines')
      .set('Authorization', finance)
      .send({ fiscalYear: 2026, category: 'elderly_care', amount: CNY(1_000_000) });
    expect(res.status).toBe(201);
    return res.body.position as number;
  };
  const lines = async (minPosition: number) => {
    const res = await http()
      .get(`/api/v1/budget-execution?limit=500&minPosition=${minPosition}`)
      .set('Authorization', finance);
    expect(res.status).toBe(200);
    return res.body.items as unknown[];
  };
  const projectionsReady = async () =>
    (await http().get('/health/ready')).body.details.projections.projections as Record<
      string,
      { state: string; checkpoint: number; lag: number; lastError?: string }
    >;

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-projection-thread-'));
  });
  afterEach(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the runners on a worker thread; reads wait for its batches; health and metrics come from it', async () => {
    await start();
    const thread = app.get(ReadSide).projectionThread;
    expect(thread?.threadId).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) {
      const position = await openLine();
      // Read-your-writes: woken by the thread's batch, not by a poll (LEDGER_READ_WAIT_MS bounds it).
      expect(await lines(position)).toHaveLength(i + 1);
    }
    const head = await openLine();
    await lines(head);
    const projections = await projectionsReady();
    expect(Object.keys(projections)).toEqual(
      expect.arrayContaining(['audit', 'budget_execution', 'ocds', 'red_flags']),
    );
    expect(projections['budget_execution']).toMatchObject({
      state: 'running',
      checkpoint: head,
      lag: 0,
    });
    const metrics = (await http().get('/metrics')).text;
    expect(metrics).toMatch(/^ledger_projection_up\{projection="audit",state="running"\} 1$/m);
    expect(metrics).toMatch(
      new RegExp(`^ledger_projection_checkpoint\\{projection="budget_execution"\\} ${head}$`, 'm'),
    );
  });

  it('runs them on the main thread with LEDGER_PROJECTION_THREAD=false', async () => {
    await start({ LEDGER_PROJECTION_THREAD: 'false' });
    expect(app.get(ReadSide).projectionThread).toBeUndefined();
    expect(await lines(await openLine())).toHaveLength(1);
  });

  it('reports a crashed thread as failing, starts it again, and it catches up', async () => {
    await start();
    const readSide = app.get(ReadSide);
    const thread = readSide.projectionThread!;
    const first = thread.threadId;
    await lines(await openLine());
    await thread.crash();
    const down = await projectionsReady();
    expect(down['audit']).toMatchObject({
      state: 'failing',
      lastError: expect.stringMatching(/projection thread/),
    });
    // Still ready: commands and log reads work while it restarts.
    expect((await http().get('/health/ready')).status).toBe(200);
    const position = await openLine();
    expect(await lines(position)).toHaveLength(2);
    expect(thread.threadId).not.toBe(first);
    expect((await projectionsReady())['audit']!.state).toBe('running');
  });

  it('stops with the app: the batches under way commit with their checkpoints, and a restart goes on from them', async () => {
    await start();
    const thread = app.get(ReadSide).projectionThread!;
    // Closed while the thread is still applying: whatever it committed, it committed whole.
    const positions = await Promise.all(Array.from({ length: 40 }, () => openLine()));
    const head = Math.max(...positions);
    await app.close();
    expect(thread.threadId).toBe(-1);
    const db = new Database(path.join(dataDir, 'read.sqlite'), { readonly: true });
    const checkpoints = db
      .prepare(
        `SELECT c.projection, c.version, c.position FROM projection_checkpoints c
           JOIN projection_versions v ON v.projection = c.projection AND v.active_version = c.version`,
      )
      .all() as { projection: string; version: number; position: number }[];
    const budget = checkpoints.find((c) => c.projection === 'budget_execution')!;
    const rows = db
      .prepare(`SELECT count(*) FROM rm_budget_execution_v${budget.version}_lines`)
      .pluck()
      .get() as number;
    db.close();
    expect(checkpoints.length).toBeGreaterThanOrEqual(7);
    for (const c of checkpoints) expect(c.position).toBeLessThanOrEqual(head);
    // One line per event up to the checkpoint: rows and checkpoint were committed together.
    expect(rows).toBe(positions.filter((p) => p <= budget.position).length);
    await start();
    expect(await lines(head)).toHaveLength(40);
    const after = await projectionsReady();
    for (const state of Object.values(after)) expect(state.lag).toBe(0);
  });
});
