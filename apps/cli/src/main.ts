import { BACKUP_USAGE, BackupUsageError, backupCommand } from './backup';
import { DEMO_USAGE, DemoError, parseDemoArgs, runDemo } from './demo';
import { REBUILD_USAGE, ReadSideUsageError, rebuildCommand, VERIFY_USAGE, verifyCommand } from './read-side';
import { TOKEN_USAGE, tokenCommand, UsageError } from './token';

const USAGE = `Usage: ledger <command> [options]

Commands:
  token    mint a development token for the embedded API (ledger token --help)
  demo     drive a realistic programme through a running API (ledger demo --help)
  verify   verify the event log's hash chain (ledger verify --help)
  rebuild  rebuild read models from the log (ledger rebuild --help)
  backup   online backup of the embedded SQLite log (ledger backup --help)
`;

/** Exit codes: 0 done, 1 failed (e.g. an unreadable secret), 2 wrong arguments. */
function token(args: readonly string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(TOKEN_USAGE);
    return 0;
  }
  try {
    // Only the token on stdout, so `TOKEN=$(npm run -s ledger -- token ...)` works.
    process.stdout.write(`${tokenCommand(args, process.env, process.cwd(), Math.floor(Date.now() / 1000))}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`ledger token: ${error.message}\n\n${TOKEN_USAGE}`);
      return 2;
    }
    process.stderr.write(`ledger token: ${(error as Error).message}\n`);
    return 1;
  }
}

async function demo(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(DEMO_USAGE);
    return 0;
  }
  try {
    const { json, ...options } = parseDemoArgs(args, process.env, process.cwd());
    // --json: stdout carries the summary alone, for scripts and CI; people read the progress on stderr.
    const out = json ? process.stderr : process.stdout;
    const summary = await runDemo({ ...options, out, tty: out.isTTY === true });
    if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DemoError) {
      process.stderr.write(`\nledger demo: ${error.message}\n${error.usage ? `\n${DEMO_USAGE}` : ''}`);
      return error.usage ? 2 : 1;
    }
    throw error;
  }
}

/** verify and rebuild: 0 done, 1 broken chain or failure, 2 wrong arguments or configuration. */
async function readSide(name: 'verify' | 'rebuild', args: readonly string[]): Promise<number> {
  const usage = name === 'verify' ? VERIFY_USAGE : REBUILD_USAGE;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  try {
    const run = name === 'verify' ? verifyCommand : rebuildCommand;
    return await run(args, process.env, process.cwd(), { out: process.stdout, err: process.stderr });
  } catch (error) {
    if (error instanceof ReadSideUsageError) {
      process.stderr.write(`ledger ${name}: ${error.message}\n\n${usage}`);
      return 2;
    }
    process.stderr.write(`ledger ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

async function backup(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(BACKUP_USAGE);
    return 0;
  }
  try {
    return await backupCommand(args, process.env, process.cwd(), { out: process.stdout });
  } catch (error) {
    if (error instanceof BackupUsageError) {
      process.stderr.write(`ledger backup: ${error.message}\n\n${BACKUP_USAGE}`);
      return 2;
    }
    process.stderr.write(`ledger backup: ${(error as Error).message}\n`);
    return 1;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'token') return token(args);
  if (command === 'demo') return demo(args);
  if (command === 'verify' || command === 'rebuild') return readSide(command, args);
  if (command === 'backup') return backup(args);
  process.stderr.write(`ledger: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ledger: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
