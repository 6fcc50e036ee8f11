/**
 * Checks a KurrentDB connection string before anything connects, so a typo stops the process at
 * start with the variable's name instead of surfacing as a gRPC failure on the first request. The
 * grammar is the client's (protocol, optional user:password@, host[:port] list, ?key=value
 * options); pure, so it is unit-tested and cheap to load (the client itself takes ~0.6 s to load).
 */

const PROTOCOLS = ['kurrentdb', 'kurrent', 'kdb', 'esdb'];

/** The client's query options, compared as it does: case-insensitive, '-' and '_' ignored. */
const OPTIONS = [
  'userCertFile',
  'userKeyFile',
  'maxDiscoverAttempts',
  'connectionName',
  'defaultDeadline',
  'discoveryInterval',
  'gossipTimeout',
  'nodePreference',
  'tls',
  'tlsVerifyCert',
  'tlsCAFile',
  'throwOnAppendFailure',
  'keepAliveInterval',
  'keepAliveTimeout',
];
const flat = (s: string): string => s.toLowerCase().replace(/[-_]/g, '');
const KNOWN = new Map(OPTIONS.map((o) => [flat(o), o]));

export interface ParsedConnectionString {
  readonly discover: boolean;
  readonly hosts: readonly { readonly host: string; readonly port: number }[];
  readonly username: string | undefined;
  readonly options: Readonly<Record<string, string>>;
}

/** Parses, or throws an Error whose message says what is wrong (never the password). */
export function parseKurrentConnectionString(raw: string): ParsedConnectionString {
  const text = raw.trim();
  const scheme = /^([a-z+]+):\/\//.exec(text);
  const protocol = scheme?.[1]?.replace(/\+discover$/, '');
  if (
    !scheme ||
    !protocol ||
    !PROTOCOLS.includes(protocol) ||
    (scheme[1]!.includes('+') && !scheme[1]!.endsWith('+discover'))
  ) {
    throw new Error(
      `must start with kurrentdb://, kurrentdb+discover:// (or kurrent, kdb, esdb), got "${redact(text)}"`,
    );
  }
  let rest = text.slice(scheme[0].length);
  let username: string | undefined;
  const at = rest.lastIndexOf('@', rest.search(/[/?]|$/));
  if (at >= 0) {
    const credentials = rest.slice(0, at);
    const colon = credentials.indexOf(':');
    if (colon <= 0 || colon === credentials.length - 1)
      throw new Error('credentials must be user:password@');
    username = decodeURIComponent(credentials.slice(0, colon));
    rest = rest.slice(at + 1);
  }
  const queryAt = rest.indexOf('?');
  const hostPart = (queryAt >= 0 ? rest.slice(0, queryAt) : rest).replace(/\/+$/, '');
  const query = queryAt >= 0 ? rest.slice(queryAt + 1) : '';
  if (hostPart === '') throw new Error('names no host');
  const hosts = hostPart.split(',').map((entry) => {
    const match = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(?::(\d{1,5}))?$/.exec(entry.trim());
    const port = match?.[2] === undefined ? 2113 : Number(match[2]);
    if (!match || port < 1 || port > 65535)
      throw new Error(`host "${entry}" is not host or host:port (port 1-65535)`);
    return { host: match[1]!, port };
  });
  const discover = scheme[1]!.endsWith('+discover');
  const options: Record<string, string> = {};
  for (const pair of query === '' ? [] : query.split('&')) {
    const [key = '', value] = pair.split('=');
    const name = KNOWN.get(flat(key));
    if (!name) throw new Error(`unknown option "${key}" (known: ${OPTIONS.join(', ')})`);
    if (value === undefined || value === '') throw new Error(`option ${name} needs a value`);
    if (
      (name === 'tls' || name === 'tlsVerifyCert' || name === 'throwOnAppendFailure') &&
      !/^(true|false)$/i.test(value)
    ) {
      throw new Error(`option ${name} must be true or false, got "${value}"`);
    }
    if (
      name === 'nodePreference' &&
      !['leader', 'follower', 'random', 'readonlyreplica'].includes(flat(value))
    ) {
      throw new Error(
        `option nodePreference must be leader, follower, random or read_only_replica, got "${value}"`,
      );
    }
    options[name] = value;
  }
  // The adapter writes through one leader: appends must never go to a follower or a replica.
  if (options['nodePreference'] !== undefined && flat(options['nodePreference']) !== 'leader') {
    throw new Error('nodePreference must be leader (the ledger appends through the leader only)');
  }
  return { discover, hosts, username, options };
}

/** The string with any password replaced, for messages and logs. */
export function redact(connectionString: string): string {
  return connectionString.replace(/(:\/\/[^:/@?]+):[^@/?]*@/, '$1:***@');
}
