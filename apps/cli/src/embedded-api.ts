import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@contract-ledger/runtime';

// This file runs from the sources (apps/cli/src) or from a build (dist/apps/cli/src); the checkout
// is three or four levels up, and a build starts the built API rather than the sources.
const BUILT = path.extname(__filename) === '.js';
const ROOT = path.resolve(__dirname, BUILT ? '../../../..' : '../../..');
/** The demo's policy file: deadlines seconds away and the debarment it stages depend on each value. */
export const DEMO_POLICY_FILE = path.join(ROOT, 'apps/cli/demo-policy.json');
const API_ARGS = BUILT
  ? [path.join(ROOT, 'dist/apps/api/src/main.js')]
  : ['-r', path.join(ROOT, 'tools/register.js'), path.join(ROOT, 'apps/api/src/main.ts')];
const READY_TIMEOUT_MS = 60_000;

export interface EmbeddedApi {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/**
 * The API from the sources (TypeScript through tools/register.js) or from the build this runs from, in
 * a child process so the demo drives it over HTTP exactly as it would drive a remote one. Its
 * environment is built here, not inherited: a DATABASE_URL or AUTH_JWKS_URL of the caller's shell
 * must not turn the demo's scratch server into something else.
 */
export async function startEmbeddedApi(
  keepIn: string | undefined,
  out: { write(text: string): unknown },
): Promise<EmbeddedApi> {
  const dataDir = keepIn ?? mkdtempSync(path.join(tmpdir(), 'ledger-demo-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  out.write(
    `Starting an API with the demo policy on ${url}, data in ${dataDir}${keepIn === undefined ? ' (removed at the end)' : ''}\n`,
  );
  const child = spawn(process.execPath, API_ARGS, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      LEDGER_DATA_DIR: dataDir,
      LEDGER_STORE: 'sqlite',
      LEDGER_POLICY_FILE: DEMO_POLICY_FILE,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let gone = false;
  void exited.then(() => (gone = true));

  const stop = async () => {
    if (!gone) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    if (keepIn === undefined) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!gone) {
    try {
      if (
        (await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) })).status === 200
      )
        return { url, dataDir, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(
    `the embedded API did not become ready${gone ? ' (it exited)' : ` within ${READY_TIMEOUT_MS / 1000} s`}${stderr ? `:\n${stderr.trim()}` : ''}`,
  );
}
