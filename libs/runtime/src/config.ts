import {
  CALENDAR_DAY_MS,
  DomainError,
  makePolicy,
  PROCUREMENT_METHODS,
  type Policy,
} from '@contract-ledger/domain';
import {
  isValidKeyName,
  parseCosignatureVerifierKey,
  parseSignerKey,
  type CosignatureVerifier,
  type NoteSigner,
} from '@contract-ledger/event-store';
import { parseKurrentConnectionString } from '@contract-ledger/event-store-kurrentdb';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type StoreKind = 'sqlite' | 'postgres' | 'memory' | 'kurrentdb';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
/** Where the projection runners run: in the API process, in apps/worker, or nowhere (a read-only replica of the read store). */
export type ProjectionsMode = 'in-process' | 'worker' | 'off';
export type SqliteWriterMode = 'inline' | 'thread';
/** Where the Kafka relay runs: in the API process, in apps/worker, or nowhere (docs/kafka.md "Hosting the relay"). */
export type RelayMode = 'in-process' | 'worker' | 'off';

/** The validated configuration. Every field comes from one environment variable (README "Configuration"). */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
  readonly store: StoreKind;
  /** Directory for the embedded SQLite file and generated secrets. */
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** LEDGER_STORE=kurrentdb: the server holding the log (ADR 0007); read models and idempotency keys stay in DATABASE_URL, else SQLite files in the data dir. */
  readonly kurrentdbConnectionString: string | undefined;
  readonly kafkaBrokers: readonly string[];
  /** LEDGER_RELAY: who runs the Kafka relay; default in-process when KAFKA_BROKERS is set, else off. */
  readonly relay: RelayMode;
  /** LEDGER_TRACING: `otlp` exports OpenTelemetry spans to OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT; `off` (default) records none. */
  readonly tracing: TracingMode;
  /** The feed's topics are `<kafkaTopicPrefix>.tenders`, `.contracts`, `.suppliers`, `.budgets`. */
  readonly kafkaTopicPrefix: string;
  /** Partitions of each topic the relay creates (existing topics are left as they are). */
  readonly kafkaTopicPartitions: number;
  /** retention.ms of each topic the relay creates; -1 keeps every record (the feed is replayable from its start). */
  readonly kafkaTopicRetentionMs: number;
  readonly shutdownGraceMs: number;
  /** JWKS of the identity provider (RS256/ES256); undefined = embedded mode, HS256 with a generated secret. */
  readonly authJwksUrl: string | undefined;
  readonly authIssuer: string | undefined;
  readonly authAudience: string | undefined;
  /** How long fetched signing keys are trusted before the JWKS is fetched again. */
  readonly authJwksCacheTtlMs: number;
  /** How long an Idempotency-Key is remembered. */
  readonly idempotencyTtlMs: number;
  /** LEDGER_STATE_CACHE_ENTRIES: most folded streams the command path keeps per decider (StateCache). */
  readonly stateCacheEntries: number;
  /** LEDGER_READ_CACHE_MIB: SQLite read store's page cache per connection. */
  readonly readCacheMiB: number;
  /** The JSON file the policy was read from; undefined = DEFAULT_POLICY. */
  readonly policyFile: string | undefined;
  /** The procurement Policy in force: DEFAULT_POLICY with the file's overrides, validated by makePolicy. */
  readonly policy: Policy;
  /** LEDGER_REFERENCE_POLICY_FILE; undefined = DEFAULT_POLICY. */
  readonly referencePolicyFile: string | undefined;
  /**
   * The policy red flags judge procedures against (docs/red-flags.md). Separate from the one in
   * force on purpose: the commands already refuse what falls short of that one, so judging
   * against it would never raise a flag where the jurisdiction relaxed its rules.
   */
  readonly referencePolicy: Policy;
  /** LEDGER_PROJECTIONS: who runs the projection runners (docs/read-side.md). */
  readonly projections: ProjectionsMode;
  /**
   * LEDGER_PROJECTION_THREAD: with in-process projections on the SQLite store, the runners run on a
   * worker thread of the API process, off the requests' thread (default true there; false elsewhere).
   */
  readonly projectionThread: boolean;
  /**
   * LEDGER_SQLITE_WRITER: where the SQLite store commits (SqliteEventStoreOptions.writer): inline
   * on the requests' thread (default), or on a writer thread, which keeps the event loop free while
   * a commit waits on the disk or the write lock (no throughput gain measured, docs/performance.md).
   */
  readonly sqliteWriter: SqliteWriterMode;
  /** Upper bound of a read-your-writes wait (`minPosition`) before 504 PROJECTION_TIMEOUT. */
  readonly readWaitMs: number;
  /** LEDGER_LOG_ORIGIN: the first line of every checkpoint (docs/transparency-log.md). */
  readonly logOrigin: string;
  /** From LEDGER_CHECKPOINT_KEY or LEDGER_CHECKPOINT_KEY_FILE; undefined = generated under dataDir. */
  readonly checkpointSigner: NoteSigner | undefined;
  /** Checkpoint cadence: every N uncovered events and/or every T ms; 0 turns that trigger off. */
  readonly checkpointEveryEvents: number;
  readonly checkpointEveryMs: number;
  /** LEDGER_WITNESS_KEYS: witnesses (cosignature/v1 verifier keys) whose cosignatures the log stores. */
  readonly witnesses: readonly CosignatureVerifier[];
  /**
   * LEDGER_WITNESS_REQUIRED: valid cosignatures (of the witnesses above) a checkpoint needs before
   * it is final: served at /log/checkpoint/final, pushed on the feeds, used by export bundles.
   */
  readonly witnessRequired: number;
  readonly ocds: OcdsConfig;
  /**
   * LEDGER_SANDBOX=true: a training / integration deployment (ADR 0010). Policy periods run on
   * `sandboxDayMs` days, every event the store records carries `metadata.sandbox: true`, the
   * feeds and OCDS say so, and the store refuses to open if it was created in the other mode.
   */
  readonly sandbox: boolean;
  /** LEDGER_SANDBOX_DAY_SECONDS * 1000: one policy day in the sandbox; policy.dayMs already holds it. */
  readonly sandboxDayMs: number;
}

/** OCDS publication (docs/ocds.md): what the open-data routes and `ledger ocds export` put in every package. */
export interface OcdsConfig {
  /** OCDS_OCID_PREFIX: the registered prefix; ocid = `<prefix>-<tenderId>`. */
  readonly ocidPrefix: string;
  /** OCDS_SUPPLIER_SCHEME: org-id.guide scheme of suppliers' registration numbers. */
  readonly supplierIdentifierScheme: string;
  readonly publisher: {
    readonly name: string;
    readonly scheme?: string;
    readonly uid?: string;
    readonly uri?: string;
  };
  readonly license: string | undefined;
  readonly publicationPolicy: string | undefined;
  /** OCDS_BASE_URI: where the API is reached from outside; package `uri`s are this + the route. */
  readonly baseUri: string;
}

/** One line per bad variable, so an operator fixes them all in one go. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];
const STORES: readonly StoreKind[] = ['sqlite', 'postgres', 'memory', 'kurrentdb'];
const PROJECTIONS_MODES: readonly ProjectionsMode[] = ['in-process', 'worker', 'off'];
const SQLITE_WRITER_MODES: readonly SqliteWriterMode[] = ['inline', 'thread'];
const RELAY_MODES: readonly RelayMode[] = ['in-process', 'worker', 'off'];
export type TracingMode = 'off' | 'otlp';
const TRACING_MODES: readonly TracingMode[] = ['off', 'otlp'];
/** Kafka's topic name rule (legal characters, at most 249) minus the longest suffix, `.suppliers`. */
const TOPIC_PREFIX = /^[A-Za-z0-9._-]{1,200}$/;

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

// dayMs is the deployment's (LEDGER_SANDBOX_DAY_SECONDS), not a jurisdiction's: a policy file that
// could shorten the day would turn a production ledger's 20-day minimum into 20 minutes.
const POLICY_KEYS: ReadonlySet<string> = new Set(
  Object.keys(makePolicy()).filter((key) => key !== 'dayMs'),
);
const PER_METHOD_KEYS: ReadonlySet<string> = new Set([
  'minSubmissionDays',
  'minValidBids',
  'standstillDays',
]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A jurisdiction's policy file: a JSON object of Policy overrides. Returns the problem with the
 * field it is about, or the policy. Unknown fields are refused rather than ignored: a misspelt
 * `minSubmisionDays` silently keeping the default is how a rule of law goes unapplied.
 */
export function loadPolicyFile(
  file: string,
  name = 'LEDGER_POLICY_FILE',
): { policy: Policy } | { problem: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      problem: `${name} cannot be read (${file}): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    };
  }
  let overrides: unknown;
  try {
    overrides = JSON.parse(text);
  } catch (error) {
    return { problem: `${name} (${file}) is not JSON: ${(error as Error).message}` };
  }
  if (!isPlainObject(overrides))
    return { problem: `${name} (${file}) must hold a JSON object of Policy fields` };
  for (const [key, value] of Object.entries(overrides)) {
    if (!POLICY_KEYS.has(key))
      return {
        problem: `${name} (${file}): field "${key}" is not a Policy field (known: ${[...POLICY_KEYS].join(', ')})`,
      };
    if (!PER_METHOD_KEYS.has(key)) continue;
    if (!isPlainObject(value))
      return {
        problem: `${name} (${file}): field "${key}" must be an object of ${PROCUREMENT_METHODS.join(', ')}`,
      };
    for (const method of Object.keys(value)) {
      if (!(PROCUREMENT_METHODS as readonly string[]).includes(method)) {
        return {
          problem: `${name} (${file}): field "${key}.${method}" is not a procurement method (${PROCUREMENT_METHODS.join(', ')})`,
        };
      }
    }
  }
  try {
    return { policy: makePolicy(overrides as Partial<Policy>) };
  } catch (error) {
    if (error instanceof DomainError) {
      const field = typeof error.details.field === 'string' ? error.details.field : 'policy';
      return { problem: `${name} (${file}): field "${field}": ${error.message}` };
    }
    throw error;
  }
}

export function validateConfig(env: Env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name];
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  };

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return parsed;
  };

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  };

  const port = integer('PORT', 3000, 1, 65535);
  const host = value('HOST') ?? '0.0.0.0';
  const logLevel = oneOf('LOG_LEVEL', LOG_LEVELS, 'info');
  const store = oneOf('LEDGER_STORE', STORES, 'sqlite');
  const dataDir = path.resolve(cwd, value('LEDGER_DATA_DIR') ?? 'data');
  const shutdownGraceMs = integer('SHUTDOWN_GRACE_MS', 10_000, 0, 600_000);

  const databaseUrl = value('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/[^\s]+$/.test(databaseUrl)) {
    problems.push(
      `DATABASE_URL must be a postgres:// URL, got "${databaseUrl.replace(/:[^:@/]*@/, ':***@')}"`,
    );
  }
  if (store === 'postgres' && databaseUrl === undefined) {
    problems.push('DATABASE_URL is required when LEDGER_STORE=postgres');
  }
  const kurrentdbConnectionString = value('KURRENTDB_CONNECTION_STRING');
  if (kurrentdbConnectionString !== undefined) {
    try {
      parseKurrentConnectionString(kurrentdbConnectionString);
    } catch (error) {
      problems.push(`KURRENTDB_CONNECTION_STRING ${(error as Error).message}`);
    }
  }
  if (store === 'kurrentdb' && kurrentdbConnectionString === undefined) {
    problems.push(
      'KURRENTDB_CONNECTION_STRING is required when LEDGER_STORE=kurrentdb (e.g. kurrentdb://localhost:2113?tls=false)',
    );
  }

  const brokersRaw = value('KAFKA_BROKERS');
  const kafkaBrokers = brokersRaw === undefined ? [] : brokersRaw.split(',').map((b) => b.trim());
  for (const broker of kafkaBrokers) {
    if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(broker)) {
      problems.push(
        `KAFKA_BROKERS must be a comma-separated list of host:port, got "${brokersRaw}"`,
      );
      break;
    }
  }

  const relay = oneOf('LEDGER_RELAY', RELAY_MODES, kafkaBrokers.length > 0 ? 'in-process' : 'off');
  const tracing = oneOf('LEDGER_TRACING', TRACING_MODES, 'off');
  if (relay !== 'off' && kafkaBrokers.length === 0) {
    problems.push(
      `LEDGER_RELAY=${relay} requires KAFKA_BROKERS (the relay has nowhere to publish); use off, or set the brokers`,
    );
  }
  // One relay across processes is elected with a PostgreSQL advisory lock, and the worker reads the
  // log every API instance writes: neither exists with SQLite or memory (one process owns the file).
  if (relay === 'worker' && store !== 'postgres') {
    problems.push(
      `LEDGER_RELAY=worker requires LEDGER_STORE=postgres (got "${store}"); use in-process for the embedded store`,
    );
  }
  const kafkaTopicPrefix = value('KAFKA_TOPIC_PREFIX') ?? 'ledger';
  if (!TOPIC_PREFIX.test(kafkaTopicPrefix)) {
    problems.push(
      `KAFKA_TOPIC_PREFIX must be 1 to 200 letters, digits, '.', '_' or '-' (a Kafka topic name), got "${kafkaTopicPrefix}"`,
    );
  }
  const kafkaTopicPartitions = integer('KAFKA_TOPIC_PARTITIONS', 3, 1, 1_000);
  // -1 (the default) keeps the feed whole: a new downstream service replays it from the first
  // event, and the relay never republishes what a retention limit deleted (it resumes from its
  // checkpoint). A limit is for deployments whose consumers bootstrap from elsewhere.
  const retentionRaw = value('KAFKA_TOPIC_RETENTION_MS');
  let kafkaTopicRetentionMs = -1;
  if (retentionRaw !== undefined && retentionRaw !== '-1') {
    const parsed = /^\d+$/.test(retentionRaw) ? Number(retentionRaw) : NaN;
    if (!Number.isSafeInteger(parsed) || parsed < 60_000) {
      problems.push(
        `KAFKA_TOPIC_RETENTION_MS must be -1 (keep forever) or an integer of at least 60000 ms, got "${retentionRaw}"`,
      );
    } else {
      kafkaTopicRetentionMs = parsed;
    }
  }

  const authJwksUrl = value('AUTH_JWKS_URL');
  if (authJwksUrl !== undefined && !isHttpUrl(authJwksUrl)) {
    problems.push(`AUTH_JWKS_URL must be an http:// or https:// URL, got "${authJwksUrl}"`);
  }
  const authIssuer = value('AUTH_ISSUER');
  const authAudience = value('AUTH_AUDIENCE');
  const authJwksCacheTtlMs = integer('AUTH_JWKS_CACHE_TTL_SECONDS', 600, 0, 86_400) * 1000;
  const idempotencyTtlMs = integer('IDEMPOTENCY_TTL_SECONDS', 86_400, 60, 2_592_000) * 1000;
  const stateCacheEntries = integer('LEDGER_STATE_CACHE_ENTRIES', 10_000, 1, 1_000_000);
  const readCacheMiB = integer('LEDGER_READ_CACHE_MIB', 64, 1, 65_536);

  const policyFromFile = (name: string): { file: string | undefined; policy: Policy } => {
    const raw = value(name);
    const file = raw === undefined ? undefined : path.resolve(cwd, raw);
    if (file === undefined) return { file, policy: makePolicy() };
    const loaded = loadPolicyFile(file, name);
    if ('problem' in loaded) {
      problems.push(loaded.problem);
      return { file, policy: makePolicy() };
    }
    return { file, policy: loaded.policy };
  };
  const sandboxRaw = value('LEDGER_SANDBOX');
  if (sandboxRaw !== undefined && sandboxRaw !== 'true' && sandboxRaw !== 'false')
    problems.push(`LEDGER_SANDBOX must be true or false, got "${sandboxRaw}"`);
  const sandbox = sandboxRaw === 'true';
  if (sandbox && store === 'kurrentdb')
    problems.push(
      'LEDGER_SANDBOX=true is not supported with LEDGER_STORE=kurrentdb (the KurrentDB adapter records no store mode yet)',
    );
  // Default: a day is a minute, so an open tender's 20-day minimum and 10-day standstill take half an hour.
  const sandboxDayMs = integer('LEDGER_SANDBOX_DAY_SECONDS', 60, 1, 86_400) * 1000;
  if (!sandbox && value('LEDGER_SANDBOX_DAY_SECONDS') !== undefined)
    problems.push(
      'LEDGER_SANDBOX_DAY_SECONDS is set but LEDGER_SANDBOX is not true: a production ledger never shortens its days',
    );
  const { file: policyFile, policy: filePolicy } = policyFromFile('LEDGER_POLICY_FILE');
  const { file: referencePolicyFile, policy: fileReferencePolicy } = policyFromFile(
    'LEDGER_REFERENCE_POLICY_FILE',
  );
  // Both scaled: red flags judge a sandbox procedure's periods in the sandbox's days too.
  const policy = sandbox ? makePolicy({ ...filePolicy, dayMs: sandboxDayMs }) : filePolicy;
  const referencePolicy = sandbox
    ? makePolicy({ ...fileReferencePolicy, dayMs: sandboxDayMs })
    : fileReferencePolicy;

  const projections = oneOf('LEDGER_PROJECTIONS', PROJECTIONS_MODES, 'in-process');
  // The worker elects one active runner per projection with PostgreSQL advisory locks and writes
  // the read models where every API instance reads them: neither exists with SQLite or memory.
  if (projections === 'worker' && store !== 'postgres') {
    problems.push(
      `LEDGER_PROJECTIONS=worker requires LEDGER_STORE=postgres (got "${store}"); use in-process for the embedded store`,
    );
  }
  // A thread opens the log and the read store again on its own connections: only files can be
  // shared that way (the memory store lives in the main thread, PostgreSQL has the worker process).
  const threadRaw = value('LEDGER_PROJECTION_THREAD');
  if (threadRaw !== undefined && threadRaw !== 'true' && threadRaw !== 'false')
    problems.push(`LEDGER_PROJECTION_THREAD must be true or false, got "${threadRaw}"`);
  const threadPossible = projections === 'in-process' && store === 'sqlite';
  if (threadRaw === 'true' && !threadPossible)
    problems.push(
      `LEDGER_PROJECTION_THREAD=true requires LEDGER_PROJECTIONS=in-process and LEDGER_STORE=sqlite (got "${projections}" and "${store}")`,
    );
  const projectionThread = threadPossible && threadRaw !== 'false';
  const readWaitMs = integer('LEDGER_READ_WAIT_MS', 5_000, 0, 60_000);
  const sqliteWriter = oneOf('LEDGER_SQLITE_WRITER', SQLITE_WRITER_MODES, 'inline');
  if (value('LEDGER_SQLITE_WRITER') !== undefined && store !== 'sqlite')
    problems.push(`LEDGER_SQLITE_WRITER applies to LEDGER_STORE=sqlite only (got "${store}")`);

  // The origin names the log in every checkpoint; a generated key takes it as its name, so it
  // follows the key-name rule too (no spaces, no '+').
  const logOrigin = value('LEDGER_LOG_ORIGIN') ?? 'contract-ledger.local/log';
  if (logOrigin.length > 255 || !isValidKeyName(logOrigin) || !/^[\x21-\x7e]+$/.test(logOrigin)) {
    problems.push(
      `LEDGER_LOG_ORIGIN must be 1 to 255 printable ASCII characters without spaces or '+', e.g. ledger.example.gov/log, got "${logOrigin}"`,
    );
  }
  let checkpointSigner: NoteSigner | undefined;
  const keyText = value('LEDGER_CHECKPOINT_KEY');
  const keyFileRaw = value('LEDGER_CHECKPOINT_KEY_FILE');
  if (keyText !== undefined && keyFileRaw !== undefined) {
    problems.push('LEDGER_CHECKPOINT_KEY and LEDGER_CHECKPOINT_KEY_FILE are both set; set one');
  } else if (keyText !== undefined || keyFileRaw !== undefined) {
    const name = keyText !== undefined ? 'LEDGER_CHECKPOINT_KEY' : 'LEDGER_CHECKPOINT_KEY_FILE';
    let text = keyText;
    if (keyFileRaw !== undefined) {
      try {
        text = readFileSync(path.resolve(cwd, keyFileRaw), 'utf8');
      } catch (error) {
        problems.push(
          `LEDGER_CHECKPOINT_KEY_FILE cannot be read (${keyFileRaw}): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
    }
    if (text !== undefined) {
      try {
        checkpointSigner = parseSignerKey(text);
      } catch (error) {
        // The reason names the field at fault, never the key material.
        problems.push(
          `${name} is not a checkpoint signer key (PRIVATE+KEY+<name>+<id>+<base64>, see docs/transparency-log.md): ${(error as Error).message}`,
        );
      }
    }
  }
  const checkpointEveryEvents = integer('LEDGER_CHECKPOINT_EVERY_EVENTS', 1_000, 0, 1_000_000_000);
  const checkpointEveryMs = integer('LEDGER_CHECKPOINT_EVERY_SECONDS', 60, 0, 86_400) * 1000;
  const witnesses: CosignatureVerifier[] = [];
  for (const key of (value('LEDGER_WITNESS_KEYS') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '')) {
    try {
      witnesses.push(parseCosignatureVerifierKey(key));
    } catch (error) {
      problems.push(
        `LEDGER_WITNESS_KEYS holds "${key}", not a witness key (name+id+base64(0x04 || Ed25519 public key)): ${(error as Error).message}`,
      );
    }
  }
  const witnessRequired = integer('LEDGER_WITNESS_REQUIRED', 0, 0, 1_000);
  if (witnessRequired > witnesses.length)
    problems.push(
      `LEDGER_WITNESS_REQUIRED is ${witnessRequired} but LEDGER_WITNESS_KEYS names ${witnesses.length} witness${witnesses.length === 1 ? '' : 'es'}: no checkpoint could ever be final`,
    );
  const ocdsUrl = (name: string): string | undefined => {
    const raw = value(name);
    if (raw !== undefined && !isHttpUrl(raw))
      problems.push(`${name} must be an http:// or https:// URL, got "${raw}"`);
    return raw;
  };
  const ocidPrefix = value('OCDS_OCID_PREFIX') ?? 'ocds-ledger';
  if (!/^ocds-[a-z0-9]{6}$/.test(ocidPrefix))
    problems.push(
      `OCDS_OCID_PREFIX must be a registered OCID prefix ("ocds-" and 6 lowercase letters or digits), got "${ocidPrefix}"`,
    );
  const supplierIdentifierScheme = value('OCDS_SUPPLIER_SCHEME') ?? 'CN-USCC';
  if (!/^[A-Z]{2}-[A-Z0-9_]+$/.test(supplierIdentifierScheme)) {
    problems.push(
      `OCDS_SUPPLIER_SCHEME must be an org-id.guide list code like CN-USCC or GB-COH, got "${supplierIdentifierScheme}"`,
    );
  }
  const publisherUri = ocdsUrl('OCDS_PUBLISHER_URI');
  const publisherScheme = value('OCDS_PUBLISHER_SCHEME');
  const publisherUid = value('OCDS_PUBLISHER_UID');
  const ocds: OcdsConfig = {
    ocidPrefix,
    supplierIdentifierScheme,
    publisher: {
      name: value('OCDS_PUBLISHER_NAME') ?? 'Contract Ledger',
      ...(publisherScheme !== undefined ? { scheme: publisherScheme } : {}),
      ...(publisherUid !== undefined ? { uid: publisherUid } : {}),
      ...(publisherUri !== undefined ? { uri: publisherUri } : {}),
    },
    license: ocdsUrl('OCDS_LICENSE'),
    publicationPolicy: ocdsUrl('OCDS_PUBLICATION_POLICY'),
    baseUri: (ocdsUrl('OCDS_BASE_URI') ?? `http://localhost:${port}`).replace(/\/+$/, ''),
  };

  if (problems.length > 0) throw new ConfigValidationError(problems);
  return {
    port,
    host,
    logLevel,
    store,
    dataDir,
    databaseUrl,
    kurrentdbConnectionString,
    kafkaBrokers,
    relay,
    tracing,
    kafkaTopicPrefix,
    kafkaTopicPartitions,
    kafkaTopicRetentionMs,
    shutdownGraceMs,
    authJwksUrl,
    authIssuer,
    authAudience,
    authJwksCacheTtlMs,
    idempotencyTtlMs,
    stateCacheEntries,
    readCacheMiB,
    policyFile,
    policy,
    referencePolicyFile,
    referencePolicy,
    projections,
    projectionThread,
    sqliteWriter,
    readWaitMs,
    logOrigin,
    checkpointSigner,
    checkpointEveryEvents,
    checkpointEveryMs,
    witnesses,
    witnessRequired,
    ocds,
    sandbox,
    sandboxDayMs: sandbox ? sandboxDayMs : CALENDAR_DAY_MS,
  };
}
