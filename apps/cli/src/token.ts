import {
  actorFromClaims,
  AFFILIATED_ROLES,
  isActorId,
  isRole,
  loadOrCreateDevSecret,
  mintDevToken,
  parseDuration,
  ROLES,
  SCOPED_ROLES,
} from '@contract-ledger/application';
import { uuidv7 } from '@contract-ledger/event-store';
import path from 'node:path';
import { parseOptions, text, UsageError } from './args';

export const TOKEN_USAGE = `Usage: ledger token --role <role> [--sub <uuid>] [--ttl 8h] [--data-dir ./data]
       ledger token --role agency_officer|finance_officer --agency <uuid> [...]
       ledger token --role supplier --supplier <uuid> [...]
       ledger token --role evaluator [--agency <uuid>] [...]

Mints an HS256 development token with the embedded API's secret (<data-dir>/jwt-secret, created
if absent) and prints only the token.

  --role       ${ROLES.join(' | ')}
  --agency     the agency's UUID; required for agency_officer and finance_officer; optional for an
               evaluator (the agency it works for: it is then refused on that agency's tenders,
               EVALUATOR_IS_BUYER); refused otherwise
  --supplier   the supplier's UUID; required for supplier, refused otherwise
  --sub        the user's UUID, recorded as the actor of every event (default: a fresh UUIDv7;
               the API refuses any other subject, docs/adr/0005-actor-ids-are-uuids.md)
  --ttl        lifetime: <n>s, <n>m, <n>h or <n>d (default 8h)
  --data-dir   the API's LEDGER_DATA_DIR (default: $LEDGER_DATA_DIR or ./data)
`;

const OPTIONS = {
  role: { type: 'string' },
  agency: { type: 'string' },
  supplier: { type: 'string' },
  sub: { type: 'string' },
  ttl: { type: 'string' },
  'data-dir': { type: 'string' },
} as const;

/** `ledger token ...` minus the printing: returns the token or throws UsageError. */
export function tokenCommand(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  nowSeconds: number,
): string {
  const options = parseOptions(args, OPTIONS);
  const option = (name: keyof typeof OPTIONS) => text(options, name);
  const role = option('role');
  if (role === undefined) throw new UsageError('--role is required');
  if (!isRole(role))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got ${JSON.stringify(role)}`);

  const scope = SCOPED_ROLES[role];
  const agencyId = option('agency');
  const supplierId = option('supplier');
  if (scope === 'agencyId' && agencyId === undefined)
    throw new UsageError(`--agency is required for role ${role}`);
  if (scope === 'supplierId' && supplierId === undefined)
    throw new UsageError(`--supplier is required for role ${role}`);
  // A token scoped where the role is not would be refused by the API; say so now.
  if (agencyId !== undefined && scope !== 'agencyId' && !AFFILIATED_ROLES.has(role))
    throw new UsageError(`--agency does not apply to role ${role}`);
  if (supplierId !== undefined && scope !== 'supplierId')
    throw new UsageError(`--supplier does not apply to role ${role}`);
  // Agencies and suppliers are named by UUIDs in every command (ID_INVALID otherwise): a token
  // scoped to anything else would authenticate and then fail on its first write.
  for (const [flag, value] of [
    ['--agency', agencyId],
    ['--supplier', supplierId],
  ] as const) {
    if (value !== undefined && !isActorId(value))
      throw new UsageError(`${flag} must be a UUID, got ${JSON.stringify(value)}`);
  }

  const ttlText = option('ttl') ?? '8h';
  const ttlSeconds = parseDuration(ttlText);
  if (ttlSeconds === undefined)
    throw new UsageError(`--ttl must look like 90s, 15m, 8h or 7d, got ${JSON.stringify(ttlText)}`);

  const given = option('sub');
  if (given !== undefined && !isActorId(given)) {
    throw new UsageError(
      `--sub must be a UUID (the API refuses other token subjects: TOKEN_SUBJECT_INVALID), got ${JSON.stringify(given)}`,
    );
  }
  const sub = given ?? uuidv7();
  const scoped = {
    ...(agencyId === undefined ? {} : { agencyId }),
    ...(supplierId === undefined ? {} : { supplierId }),
  };
  try {
    // The API's own claims check (ids of 1-128 letters, digits or ._:@-), before any file is touched.
    actorFromClaims({ sub, role, ...scoped });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const dataDir = path.resolve(cwd, option('data-dir') ?? env.LEDGER_DATA_DIR ?? 'data');
  return mintDevToken(
    { role, sub, ...scoped, ttlSeconds, now: nowSeconds },
    loadOrCreateDevSecret(dataDir),
  );
}
