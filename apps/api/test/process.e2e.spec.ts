import { freePort } from '@contract-ledger/runtime';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IDEMPOTENCY_LEASE_MS } from '../src/platform/idempotency/idempotency';
import { hs256, inOneHour, USERS } from './support/tokens';

const root = path.resolve(__dirname, '../../..');
const main = path.join(root, 'apps/api/src/main.ts');

function startApi(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['-r', path.join(root, 'tools/register.js'), main], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForReady(port: number, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`API not ready on :${port} after ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the API process', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-proc-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start on a bad variable, naming it, with exit code 1 and no stack trace', async () => {
    const api = startApi({ PORT: 'abc', LOG_LEVEL: 'loud', LEDGER_DATA_DIR: dataDir });
    expect(await api.exited).toBe(1);
    expect(api.output()).toContain('Invalid configuration:');
    expect(api.output()).toContain('PORT must be an integer from 1 to 65535, got "abc"');
    expect(api.output()).toContain('LOG_LEVEL must be one of');
    expect(api.output()).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('says in one line that the port is taken, with exit code 1 and no stack trace', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as { port: number };
    try {
      const api = startApi({
        PORT: String(port),
        HOST: '127.0.0.1',
        LEDGER_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
      });
      expect(await api.exited).toBe(1);
      expect(api.output()).toBe(
        `Cannot listen on 127.0.0.1:${port}: the port is already in use (EADDRINUSE); set PORT (and HOST) to a free address\n`,
      );
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  }, 30_000);

  it.each(['inline', 'thread'])(
    'serves /health/ready, logs JSON, and stops cleanly on SIGTERM (LEDGER_SQLITE_WRITER=%s)',
    async (writer) => {
      const port = await freePort();
      const api = startApi({
        PORT: String(port),
        HOST: '127.0.0.1',
        LEDGER_DATA_DIR: dataDir,
        LEDGER_SQLITE_WRITER: writer,
      });
      try {
        await waitForReady(port, 30_000);
        api.child.kill('SIGTERM');
        expect(await api.exited).toBe(0);
        const lines = api.output().trim().split('\n');
        const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
        expect(messages).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
      } finally {
        api.child.kill('SIGKILL');
      }
    },
    60_000,
  );

  it.each(['inline', 'thread'])(
    'a command in flight when its process is SIGKILLed: the retry with the same Idempotency-Key runs after a restart, within the lease (LEDGER_SQLITE_WRITER=%s)',
    async (writer) => {
      const env = (port: number) => ({
        PORT: String(port),
        HOST: '127.0.0.1',
        LEDGER_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        LEDGER_SQLITE_WRITER: writer,
      });
      const firstPort = await freePort();
      const first = startApi(env(firstPort));
      let second: ReturnType<typeof startApi> | undefined;
      try {
        await waitForReady(firstPort, 30_000);
        const secret = Buffer.from(
          readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim(),
          'base64url',
        );
        const finance = `Bearer ${hs256({ exp: inOneHour(), sub: USERS.financeA, role: 'finance_officer', agencyId: randomUUID() }, secret)}`;
        const body = (i: number) =>
          JSON.stringify({
            fiscalYear: 2026,
            category: 'training',
            amount: { amountMinor: 1_000 + i, currency: 'CNY' },
          });
        const post = (port: number, i: number) =>
          fetch(`http://127.0.0.1:${port}/api/v1/budget-lines`, {
            method: 'POST',
            headers: {
              authorization: finance,
              'content-type': 'application/json',
              'idempotency-key': `crash-${i}`,
            },
            body: body(i),
          });
        // Many commands at once; the process dies as soon as claims are seen running. (Killing it at
        // the first answer left none behind on a loaded CI machine: the answer came before the
        // other requests had been read.)
        const sent = Array.from({ length: 200 }, (_, i) =>
          post(firstPort, i).then(
            (r) => r.status,
            () => 'cut' as const,
          ),
        );
        const claims = new Database(path.join(dataDir, 'idempotency.sqlite'), { readonly: true });
        const running = claims
          .prepare('SELECT count(*) FROM idempotency_keys WHERE status IS NULL')
          .pluck();
        const deadline = Date.now() + 30_000;
        while ((running.get() as number) === 0 && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 1));
        first.child.kill('SIGKILL');
        claims.close();
        await first.exited;
        await Promise.all(sent);

        const db = new Database(path.join(dataDir, 'idempotency.sqlite'), { readonly: true });
        const pending = db
          .prepare<[], { key: string }>('SELECT key FROM idempotency_keys WHERE status IS NULL')
          .all()
          .map((r) => r.key);
        db.close();
        // Without claims left behind by the killed process this test would prove nothing.
        expect(pending.length).toBeGreaterThan(0);

        const secondPort = await freePort();
        second = startApi(env(secondPort));
        await waitForReady(secondPort, 30_000);
        const started = Date.now();
        const retries = await Promise.all(
          pending.map((key) =>
            post(secondPort, Number(key.slice('crash-'.length))).then(async (r) => ({
              status: r.status,
              body: await r.text(),
            })),
          ),
        );
        const waitedMs = Date.now() - started;
        // Not 409 IDEMPOTENCY_KEY_IN_PROGRESS: nothing runs that command any more, so its claim lapses.
        expect(retries.filter((r) => r.status !== 201)).toEqual([]);
        expect(waitedMs).toBeLessThan(IDEMPOTENCY_LEASE_MS + 3_000);
      } finally {
        first.child.kill('SIGKILL');
        second?.child.kill('SIGKILL');
      }
    },
    90_000,
  );
});
