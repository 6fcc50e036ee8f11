import { auditBundle, BundleScopeError, type BundleScope } from '@contract-ledger/application';
import {
  isCheckpointStore,
  isMerkleTileStore,
  isStoredRowReader,
  isUuid,
} from '@contract-ledger/event-store';
import { SqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { openEventStore, openTransparencyLog } from '@contract-ledger/runtime';
import { createWriteStream, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { parseOptions, text, UsageError } from './args';
import { progress } from './progress';
import { config } from './read-side';
import { workerPages } from './export/worker-pages';

export const EXPORT_USAGE = `Usage: ledger export --out <file> [--from <position> --to <position> | --tender <tenderId>]

Writes an audit bundle (docs/audit-bundle.md): the whole log, a range of positions, or one
procurement (every stream in which an event names the tender: the tender with its bids, award,
evaluations, contracts, milestones, payments and refusals), each event exactly as hashed with its
inclusion proof against the latest final checkpoint (one is signed now if the latest does not
cover the log; with LEDGER_WITNESS_REQUIRED=N the latest with N witness cosignatures), consistency
proofs from every earlier checkpoint, the log keys and the witness keys. Check it anywhere with the
offline verifier: ledger verifier > verify.mjs; node verify.mjs [--since <checkpoint file>]
[--witness <key>] <file>. The bundle holds sealed bid contents unredacted: handle it as the auditor's
copy. Reads LEDGER_STORE, LEDGER_DATA_DIR, DATABASE_URL and the checkpoint key like the API.
`;

export const VERIFIER_USAGE = `Usage: ledger verifier > verify.mjs

Prints the offline bundle verifier: one file, Node.js only (no npm install, no server).
Run it as: node verify.mjs [--since <checkpoint file>] [--witness <key>]... [--min-cosignatures <n>] <bundle.json>
(exit 0: everything verifies; 1: the first failure; docs/audit-bundle.md).
`;

interface Io {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream & { isTTY?: boolean };
}

function position(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw)))
    throw new UsageError(`--${name} must be a position >= 1, got "${raw}"`);
  return Number(raw);
}

export async function exportCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  io: Io,
): Promise<number> {
  const parsed = parseOptions(args, {
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    tender: { type: 'string' },
  });
  const out = text(parsed, 'out');
  if (out === undefined) throw new UsageError('--out <file> is required');
  const from = position(text(parsed, 'from'), 'from');
  const to = position(text(parsed, 'to'), 'to');
  const tender = text(parsed, 'tender');
  if ((from === undefined) !== (to === undefined))
    throw new UsageError('--from and --to go together');
  if (from !== undefined && to! < from) throw new UsageError('--to must not be below --from');
  if (tender !== undefined && from !== undefined)
    throw new UsageError('--tender and --from/--to exclude each other');
  if (tender !== undefined && !isUuid(tender))
    throw new UsageError(`--tender must be a tender id (UUID), got "${tender}"`);
  const scope: BundleScope =
    tender !== undefined
      ? { kind: 'procurement', tenderId: tender }
      : from !== undefined
        ? { kind: 'range', from, to: to! }
        : { kind: 'log' };
  const destination = path.resolve(cwd, out);
  if (existsSync(destination)) throw new UsageError(`${destination} exists; choose a new file`);

  const settings = config(env, cwd);
  const store = await openEventStore(settings);
  try {
    const log = openTransparencyLog(settings, store);
    if (!log || !isMerkleTileStore(store) || !isStoredRowReader(store) || !isCheckpointStore(store))
      throw new UsageError(
        `LEDGER_STORE=${settings.store} keeps no Merkle tree: nothing to export proofs from`,
      );
    const bar = progress('export', 0, io.err);
    // Written under a temporary name and renamed when complete: a half-written bundle never has the final name.
    const partial = `${destination}.partial`;
    const file = createWriteStream(partial, { flags: 'wx' });
    try {
      // SQLite: pages rendered on worker threads, each on its own read-only connection.
      const pages = store instanceof SqliteEventStore ? workerPages(store.path) : undefined;
      for await (const chunk of auditBundle(
        store,
        log,
        scope,
        (done, total) => bar.update(done, total),
        pages,
      )) {
        if (!file.write(chunk)) await once(file, 'drain');
      }
      file.end();
      await once(file, 'finish');
    } catch (error) {
      file.destroy();
      rmSync(partial, { force: true });
      if (error instanceof BundleScopeError) throw new UsageError(error.message);
      throw error;
    }
    renameSync(partial, destination);
    const done = bar.finish();
    io.out.write(
      `export: ${destination} (${Math.round(done.perSecond).toLocaleString('en-US')} events/s); verify it with: node verify.mjs ${out}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

/** The verifier's source, shipped beside this file (apps/cli/src/verifier/verify.mjs). */
export function verifierSource(): string {
  for (const candidate of [
    path.join(__dirname, 'verifier', 'verify.mjs'),
    path.resolve(__dirname, '../../../../apps/cli/src/verifier/verify.mjs'),
  ]) {
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
  }
  throw new Error('verify.mjs is not installed beside the CLI (apps/cli/src/verifier/verify.mjs)');
}
