import path from 'node:path';

export type StoreKind = 'sqlite' | 'postgres' | 'memory';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The validated configuration. Every field comes from one environment variable (README "Configuration"). */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
  readonly store: StoreKind;
  /** Directory for the embedded SQLite file and generated secrets. */
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly kafkaBrokers: readonly string[];
  readonly shutdownGraceMs: number;
  /** JWKS of the identity provider (RS256/ES256); undefined = embedded mode, HS256 with a generated secret. */
  readonly authJwksUrl: string | undefined;
  readonly authIssuer: string | undefined;
  readonly authAudience: string | undefined;
  /** How long fetched signing keys are trusted before the JWKS is fetched again. */
  readonly authJwksCacheTtlMs: number;
  /** How long an Idempotency-Key is remembered. */
  readonly idempotencyTtlMs: number;
}

/** One line per bad variable, so an operator fixes them all in one go. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const STORES: readonly StoreKind[] = ['sqlite', 'postgres', 'memory'];

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

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
    problems.push(`DATABASE_URL must be a postgres:// URL, got "${databaseUrl.replace(/:[^:@/]*@/, ':***@')}"`);
  }
  if (store === 'postgres' && databaseUrl === undefined) {
    problems.push('DATABASE_URL is required when LEDGER_STORE=postgres');
  }

  const brokersRaw = value('KAFKA_BROKERS');
  const kafkaBrokers = brokersRaw === undefined ? [] : brokersRaw.split(',').map((b) => b.trim());
  for (const broker of kafkaBrokers) {
    if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(broker)) {
      problems.push(`KAFKA_BROKERS must be a comma-separated list of host:port, got "${brokersRaw}"`);
      break;
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

  if (problems.length > 0) throw new ConfigValidationError(problems);
  return {
    port,
    host,
    logLevel,
    store,
    dataDir,
    databaseUrl,
    kafkaBrokers,
    shutdownGraceMs,
    authJwksUrl,
    authIssuer,
    authAudience,
    authJwksCacheTtlMs,
    idempotencyTtlMs,
  };
}
