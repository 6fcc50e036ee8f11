import { actorFromClaims, isActorId, isRole, loadOrCreateDevSecret, mintDevToken, parseDuration, ROLES, SCOPED_ROLES } from '@contract-ledger/application';
import { uuidv7 } from '@contract-ledger/event-store';
import path from 'node:path';

export const TOKEN_USAGE = `Usage: ledger token --role <role> [--agency <id>] [--supplier <id>] [--sub <id>] [--ttl 8h] [--data-dir ./data]

Mints an HS256 development token with the embedded API's secret (<data-dir>/jwt-secret, created
if absent) and prints only the token.

  --role       ${ROLES.join(' | ')}
  --agency     agency id; required for agency_officer and finance_officer
  --supplier   supplier id; required for supplier
  --sub        the user's UUID, recorded as the actor of every event (default: a fresh UUIDv7;
               the API refuses any other subject, docs/adr/0005-actor-ids-are-uuids.md)
  --ttl        lifetime: <n>s, <n>m, <n>h or <n>d (default 8h)
  --data-dir   the API's LEDGER_DATA_DIR (default: $LEDGER_DATA_DIR or ./data)
`;

/** A mistake in the arguments: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const OPTIONS = new Set(['role', 'agency', 'supplier', 'sub', 'ttl', 'data-dir']);

function parseOptions(args: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match || !OPTIONS.has(match[1]!)) throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
    const name = match[1]!;
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (options.has(name)) throw new UsageError(`--${name} given twice`);
    options.set(name, value);
  }
  return options;
}

/** `ledger token ...` minus the printing: returns the token or throws UsageError. */
export function tokenCommand(args: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string, nowSeconds: number): string {
  const options = parseOptions(args);
  const role = options.get('role');
  if (role === undefined) throw new UsageError('--role is required');
  if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got ${JSON.stringify(role)}`);

  const scope = SCOPED_ROLES[role];
  const agencyId = options.get('agency');
  const supplierId = options.get('supplier');
  if (scope === 'agencyId' && agencyId === undefined) throw new UsageError(`--agency is required for role ${role}`);
  if (scope === 'supplierId' && supplierId === undefined) throw new UsageError(`--supplier is required for role ${role}`);
  // A token scoped where the role is not would be refused by the API; say so now.
  if (agencyId !== undefined && scope !== 'agencyId') throw new UsageError(`--agency does not apply to role ${role}`);
  if (supplierId !== undefined && scope !== 'supplierId') throw new UsageError(`--supplier does not apply to role ${role}`);

  const ttlText = options.get('ttl') ?? '8h';
  const ttlSeconds = parseDuration(ttlText);
  if (ttlSeconds === undefined) throw new UsageError(`--ttl must look like 90s, 15m, 8h or 7d, got ${JSON.stringify(ttlText)}`);

  const given = options.get('sub');
  if (given !== undefined && !isActorId(given)) {
    throw new UsageError(`--sub must be a UUID (the API refuses other token subjects: TOKEN_SUBJECT_INVALID), got ${JSON.stringify(given)}`);
  }
  const sub = given ?? uuidv7();
  const scoped = { ...(agencyId === undefined ? {} : { agencyId }), ...(supplierId === undefined ? {} : { supplierId }) };
  try {
    // The API's own claims check (ids of 1-128 letters, digits or ._:@-), before any file is touched.
    actorFromClaims({ sub, role, ...scoped });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const dataDir = path.resolve(cwd, options.get('data-dir') ?? env.LEDGER_DATA_DIR ?? 'data');
  return mintDevToken({ role, sub, ...scoped, ttlSeconds, now: nowSeconds }, loadOrCreateDevSecret(dataDir));
}
