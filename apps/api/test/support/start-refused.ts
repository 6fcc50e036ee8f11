import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

/**
 * Starts `entry` (the API's main by default, or the worker's) with exactly `env` and waits for it
 * to exit: its exit code and output.
 */
export function startUntilExit(
  env: Record<string, string>,
  timeoutMs = 60_000,
  entry = 'apps/api/src/main.ts',
): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    ['-r', path.join(root, 'tools/register.js'), path.join(root, entry)],
    { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    // A start that is not refused would listen forever: stop it, the test then fails on the code.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** A port for a process that is expected never to listen (a refused start). */
export const UNUSED_PORT = String(20_000 + (process.pid % 20_000));
