import { UsageError } from './args';
import { BACKUP_USAGE, backupCommand } from './backup';
import { DEMO_USAGE, demoCommand } from './demo';
import { EXPORT_USAGE, exportCommand, VERIFIER_USAGE, verifierSource } from './export';
import { MIGRATE_USAGE, migrateCommand } from './migrate';
import { OCDS_USAGE, ocdsCommand } from './ocds';
import { REBUILD_USAGE, rebuildCommand, VERIFY_USAGE, verifyCommand } from './read-side';
import { TOKEN_USAGE, tokenCommand } from './token';
import { WITNESS_USAGE, witnessCommand } from './witness';

interface Command {
  readonly summary: string;
  readonly usage: string;
  /** The exit code: 0 done, 1 failed; wrong arguments throw UsageError (exit 2). */
  run(args: readonly string[]): Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  token: {
    summary: 'mint a development token for the embedded API',
    usage: TOKEN_USAGE,
    run: async (args) => {
      // Only the token on stdout, so `TOKEN=$(npm run -s ledger -- token ...)` works.
      process.stdout.write(
        `${tokenCommand(args, process.env, process.cwd(), Math.floor(Date.now() / 1000))}\n`,
      );
      return 0;
    },
  },
  demo: {
    summary: 'drive a realistic programme through the API (its own, or --url)',
    usage: DEMO_USAGE,
    run: (args) => demoCommand(args, process.env, process.cwd()),
  },
  verify: {
    summary: "verify the event log's hash chain",
    usage: VERIFY_USAGE,
    run: (args) =>
      verifyCommand(args, process.env, process.cwd(), { out: process.stdout, err: process.stderr }),
  },
  rebuild: {
    summary: 'rebuild read models from the log',
    usage: REBUILD_USAGE,
    run: (args) =>
      rebuildCommand(args, process.env, process.cwd(), {
        out: process.stdout,
        err: process.stderr,
      }),
  },
  backup: {
    summary: 'online backup of the embedded SQLite log',
    usage: BACKUP_USAGE,
    run: (args) => backupCommand(args, process.env, process.cwd(), { out: process.stdout }),
  },
  ocds: {
    summary: 'export the OCDS releases (release package or JSON Lines)',
    usage: OCDS_USAGE,
    run: (args) => ocdsCommand(args, process.env, process.cwd(), { out: process.stdout }),
  },
  export: {
    summary: 'write an audit bundle: events with inclusion proofs and a signed checkpoint',
    usage: EXPORT_USAGE,
    run: (args) =>
      exportCommand(args, process.env, process.cwd(), { out: process.stdout, err: process.stderr }),
  },
  witness: {
    summary: 'witness the transparency log: check consistency, cosign the checkpoint',
    usage: WITNESS_USAGE,
    run: (args) => witnessCommand(args, process.cwd(), { out: process.stdout }),
  },
  verifier: {
    summary: 'print the offline bundle verifier (ledger verifier > verify.mjs)',
    usage: VERIFIER_USAGE,
    run: async () => {
      process.stdout.write(verifierSource());
      return 0;
    },
  },
  migrate: {
    summary: 'copy the event log to another store, verified',
    usage: MIGRATE_USAGE,
    run: (args) =>
      migrateCommand(args, process.env, process.cwd(), {
        out: process.stdout,
        err: process.stderr,
      }),
  },
};

const USAGE = `Usage: ledger <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(8)} ${command.summary} (ledger ${name} --help)`)
  .join('\n')}
`;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    process.stderr.write(`ledger: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(command.usage);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`ledger ${name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    // The demo's failures start on a fresh line: its progress bar may still hold the current one.
    const lead = name === 'demo' ? '\n' : '';
    process.stderr.write(`${lead}ledger ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `ledger: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
