import { ConfigValidationError, sqliteFile, validateConfig } from '@contract-ledger/runtime';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseOptions, text, UsageError } from './args';

export const BACKUP_USAGE = `Usage: ledger backup --to <file>

Online backup of the embedded event log (LEDGER_STORE=sqlite, <LEDGER_DATA_DIR>/ledger.sqlite) into
a new file, consistent even while the API is appending (SQLite's backup API). PostgreSQL deployments
use pg_dump instead (docs/runbooks/backup-restore.md). The target must not exist.
`;

interface Out {
  readonly out: NodeJS.WritableStream;
}

export async function backupCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  io: Out,
): Promise<number> {
  const target = text(parseOptions(args, { to: { type: 'string' } }), 'to');
  if (target === undefined) throw new UsageError('--to <file> is required');
  let config;
  try {
    config = validateConfig(env, cwd);
  } catch (error) {
    if (error instanceof ConfigValidationError) throw new UsageError(error.message);
    throw error;
  }
  if (config.store !== 'sqlite')
    throw new UsageError(
      `LEDGER_STORE=${config.store}: ledger backup copies the embedded SQLite log; use pg_dump for PostgreSQL`,
    );
  const source = sqliteFile(config);
  if (!existsSync(source)) throw new UsageError(`no event log at ${source}`);
  const destination = path.resolve(cwd, target);
  // A backup never replaces another file: an operator's older backup may be the only good copy.
  if (existsSync(destination)) throw new UsageError(`${destination} exists; choose a new file`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const started = performance.now();
    const result = await db.backup(destination);
    const head = new Database(destination, { readonly: true });
    try {
      const row = head.prepare('select max(position) as position from events').get() as {
        position: number | null;
      };
      io.out.write(
        `backup: ${result.totalPages} pages, log head ${row.position ?? 0}, to ${destination} in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
      );
    } finally {
      head.close();
    }
    return 0;
  } finally {
    db.close();
  }
}
