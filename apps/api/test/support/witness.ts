import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '../../../..');
const run = promisify(execFile);

/**
 * `ledger witness --url <url> --state <state>` as an audit office runs it: a separate process
 * through the CLI's entry point. Its exit code and everything it printed.
 */
export async function ledgerWitness(
  url: string,
  state: string,
): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      [
        '-r',
        path.join(root, 'tools/register.js'),
        path.join(root, 'apps/cli/src/main.ts'),
        'witness',
        '--url',
        url,
        '--state',
        state,
      ],
      { cwd: root, timeout: 60_000 },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
