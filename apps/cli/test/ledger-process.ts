import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

/**
 * `ledger <args>` as a user runs it: its own Node process on the sources (tools/register.js), with
 * `env` over this process's environment, from the repository root unless `cwd` says otherwise.
 * Two minutes before it is killed: a CLI spec's processes take seconds each on a busy machine.
 */
export function runLedger(
  args: readonly string[],
  options: { readonly env?: Readonly<Record<string, string>>; readonly cwd?: string } = {},
): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    ['-r', path.join(root, 'tools/register.js'), path.join(root, 'apps/cli/src/main.ts'), ...args],
    {
      cwd: options.cwd ?? root,
      env: { ...process.env, ...options.env },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
}
