import { TOKEN_USAGE, tokenCommand, UsageError } from './token';

const USAGE = `Usage: ledger <command> [options]

Commands:
  token    mint a development token for the embedded API (ledger token --help)
`;

/** Exit codes: 0 done, 1 failed (e.g. an unreadable secret), 2 wrong arguments. */
function main(argv: readonly string[]): number {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'token') {
    process.stderr.write(`ledger: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    return 2;
  }
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

process.exitCode = main(process.argv.slice(2));
