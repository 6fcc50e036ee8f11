import { DEFAULT_POLICY } from '@contract-ledger/domain';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigValidationError, openEventStore, readStoreConfig, validateConfig } from './config';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    validateConfig(env, '/srv');
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('validateConfig', () => {
  it('gives the embedded defaults when nothing is set', () => {
    expect(validateConfig({}, '/srv')).toEqual({
      port: 3000,
      host: '0.0.0.0',
      logLevel: 'info',
      store: 'sqlite',
      dataDir: path.resolve('/srv/data'),
      databaseUrl: undefined,
      kurrentdbConnectionString: undefined,
      kafkaBrokers: [],
      relay: 'off',
      tracing: 'off',
      kafkaTopicPrefix: 'ledger',
      kafkaTopicPartitions: 3,
      kafkaTopicRetentionMs: -1,
      shutdownGraceMs: 10_000,
      authJwksUrl: undefined,
      authIssuer: undefined,
      authAudience: undefined,
      authJwksCacheTtlMs: 600_000,
      idempotencyTtlMs: 86_400_000,
      stateCacheEntries: 10_000,
      readCacheMiB: 64,
      policyFile: undefined,
      policy: DEFAULT_POLICY,
      referencePolicyFile: undefined,
      referencePolicy: DEFAULT_POLICY,
      projections: 'in-process',
      projectionThread: true,
      sqliteWriter: 'inline',
      readWaitMs: 5_000,
      logOrigin: 'contract-ledger.local/log',
      checkpointSigner: undefined,
      checkpointEveryEvents: 1_000,
      checkpointEveryMs: 60_000,
      witnesses: [],
      witnessRequired: 0,
      ocds: {
        ocidPrefix: 'ocds-ledger',
        supplierIdentifierScheme: 'CN-USCC',
        publisher: { name: 'Contract Ledger' },
        license: undefined,
        publicationPolicy: undefined,
        baseUri: 'http://localhost:3000',
      },
      sandbox: false,
      sandboxDayMs: 86_400_000,
    });
  });

  it('reads the OCDS publication settings', () => {
    const config = validateConfig({
      OCDS_OCID_PREFIX: 'ocds-abc123',
      OCDS_SUPPLIER_SCHEME: 'GB-COH',
      OCDS_PUBLISHER_NAME: 'Civil Affairs Bureau',
      OCDS_PUBLISHER_SCHEME: 'CN-USCC',
      OCDS_PUBLISHER_UID: '11110000000000000X',
      OCDS_PUBLISHER_URI: 'https://mca.example.gov',
      OCDS_LICENSE: 'https://creativecommons.org/licenses/by/4.0/',
      OCDS_PUBLICATION_POLICY: 'https://mca.example.gov/open-data/policy',
      OCDS_BASE_URI: 'https://ledger.example.gov/',
    });
    expect(config.ocds).toEqual({
      ocidPrefix: 'ocds-abc123',
      supplierIdentifierScheme: 'GB-COH',
      publisher: {
        name: 'Civil Affairs Bureau',
        scheme: 'CN-USCC',
        uid: '11110000000000000X',
        uri: 'https://mca.example.gov',
      },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      publicationPolicy: 'https://mca.example.gov/open-data/policy',
      baseUri: 'https://ledger.example.gov',
    });
  });

  it('reads every variable', () => {
    const config = validateConfig(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'debug',
        LEDGER_STORE: 'postgres',
        LEDGER_DATA_DIR: '/var/lib/ledger',
        DATABASE_URL: 'postgres://u:p@db:5432/ledger',
        KAFKA_BROKERS: 'k1:9092, k2:9092',
        LEDGER_RELAY: 'worker',
        KAFKA_TOPIC_PREFIX: 'gov.procurement-feed',
        KAFKA_TOPIC_PARTITIONS: '12',
        KAFKA_TOPIC_RETENTION_MS: '604800000',
        SHUTDOWN_GRACE_MS: '500',
        AUTH_JWKS_URL: 'https://idp.example.gov/.well-known/jwks.json',
        AUTH_ISSUER: 'https://idp.example.gov/',
        AUTH_AUDIENCE: 'contract-ledger',
        AUTH_JWKS_CACHE_TTL_SECONDS: '60',
        IDEMPOTENCY_TTL_SECONDS: '3600',
        LEDGER_STATE_CACHE_ENTRIES: '64',
        LEDGER_READ_CACHE_MIB: '8',
        LEDGER_PROJECTIONS: 'worker',
        LEDGER_READ_WAIT_MS: '2000',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      logLevel: 'debug',
      store: 'postgres',
      dataDir: '/var/lib/ledger',
      databaseUrl: 'postgres://u:p@db:5432/ledger',
      kafkaBrokers: ['k1:9092', 'k2:9092'],
      relay: 'worker',
      kafkaTopicPrefix: 'gov.procurement-feed',
      kafkaTopicPartitions: 12,
      kafkaTopicRetentionMs: 604_800_000,
      shutdownGraceMs: 500,
      authJwksUrl: 'https://idp.example.gov/.well-known/jwks.json',
      authIssuer: 'https://idp.example.gov/',
      authAudience: 'contract-ledger',
      authJwksCacheTtlMs: 60_000,
      idempotencyTtlMs: 3_600_000,
      stateCacheEntries: 64,
      readCacheMiB: 8,
      projections: 'worker',
      readWaitMs: 2_000,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer from 1 to 65535, got "abc"'],
    [{ PORT: '70000' }, 'PORT must be an integer from 1 to 65535, got "70000"'],
    [{ PORT: '-1' }, 'PORT must be an integer from 1 to 65535, got "-1"'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    ],
    [
      { LEDGER_STORE: 'mongo' },
      'LEDGER_STORE must be one of sqlite, postgres, memory, kurrentdb, got "mongo"',
    ],
    [
      { LEDGER_STORE: 'kurrentdb' },
      'KURRENTDB_CONNECTION_STRING is required when LEDGER_STORE=kurrentdb (e.g. kurrentdb://localhost:2113?tls=false)',
    ],
    [
      { LEDGER_STORE: 'kurrentdb', KURRENTDB_CONNECTION_STRING: 'https://admin:s3cret@db:2113' },
      'KURRENTDB_CONNECTION_STRING must start with kurrentdb://, kurrentdb+discover:// (or kurrent, kdb, esdb), got "https://admin:***@db:2113"',
    ],
    [
      { KURRENTDB_CONNECTION_STRING: 'kurrentdb://db:2113?tls=maybe' },
      'KURRENTDB_CONNECTION_STRING option tls must be true or false, got "maybe"',
    ],
    [
      {
        LEDGER_STORE: 'kurrentdb',
        KURRENTDB_CONNECTION_STRING: 'kurrentdb://db',
        LEDGER_PROJECTIONS: 'worker',
      },
      'LEDGER_PROJECTIONS=worker requires LEDGER_STORE=postgres (got "kurrentdb"); use in-process for the embedded store',
    ],
    [{ LEDGER_STORE: 'postgres' }, 'DATABASE_URL is required when LEDGER_STORE=postgres'],
    [
      { DATABASE_URL: 'mysql://x:secret@h/db' },
      'DATABASE_URL must be a postgres:// URL, got "mysql://x:***@h/db"',
    ],
    [
      { KAFKA_BROKERS: 'broker' },
      'KAFKA_BROKERS must be a comma-separated list of host:port, got "broker"',
    ],
    [
      { SHUTDOWN_GRACE_MS: '1.5' },
      'SHUTDOWN_GRACE_MS must be an integer from 0 to 600000, got "1.5"',
    ],
    [
      { AUTH_JWKS_URL: 'idp/jwks.json' },
      'AUTH_JWKS_URL must be an http:// or https:// URL, got "idp/jwks.json"',
    ],
    [
      { AUTH_JWKS_URL: 'file:///etc/keys' },
      'AUTH_JWKS_URL must be an http:// or https:// URL, got "file:///etc/keys"',
    ],
    [
      { AUTH_JWKS_CACHE_TTL_SECONDS: '1d' },
      'AUTH_JWKS_CACHE_TTL_SECONDS must be an integer from 0 to 86400, got "1d"',
    ],
    [
      { IDEMPOTENCY_TTL_SECONDS: '10' },
      'IDEMPOTENCY_TTL_SECONDS must be an integer from 60 to 2592000, got "10"',
    ],
    [
      { LEDGER_STATE_CACHE_ENTRIES: '0' },
      'LEDGER_STATE_CACHE_ENTRIES must be an integer from 1 to 1000000, got "0"',
    ],
    [
      { LEDGER_PROJECTIONS: 'cron' },
      'LEDGER_PROJECTIONS must be one of in-process, worker, off, got "cron"',
    ],
    [
      { LEDGER_PROJECTIONS: 'worker' },
      'LEDGER_PROJECTIONS=worker requires LEDGER_STORE=postgres (got "sqlite"); use in-process for the embedded store',
    ],
    [
      { LEDGER_SQLITE_WRITER: 'async' },
      'LEDGER_SQLITE_WRITER must be one of inline, thread, got "async"',
    ],
    [
      { LEDGER_SQLITE_WRITER: 'thread', LEDGER_STORE: 'memory' },
      'LEDGER_SQLITE_WRITER applies to LEDGER_STORE=sqlite only (got "memory")',
    ],
    [
      { LEDGER_PROJECTION_THREAD: 'yes' },
      'LEDGER_PROJECTION_THREAD must be true or false, got "yes"',
    ],
    [
      { LEDGER_PROJECTION_THREAD: 'true', LEDGER_STORE: 'memory' },
      'LEDGER_PROJECTION_THREAD=true requires LEDGER_PROJECTIONS=in-process and LEDGER_STORE=sqlite (got "in-process" and "memory")',
    ],
    [
      { LEDGER_RELAY: 'cron', KAFKA_BROKERS: 'k:9092' },
      'LEDGER_RELAY must be one of in-process, worker, off, got "cron"',
    ],
    [{ LEDGER_TRACING: 'jaeger' }, 'LEDGER_TRACING must be one of off, otlp, got "jaeger"'],
    [
      { LEDGER_RELAY: 'in-process' },
      'LEDGER_RELAY=in-process requires KAFKA_BROKERS (the relay has nowhere to publish); use off, or set the brokers',
    ],
    [
      { LEDGER_RELAY: 'worker', KAFKA_BROKERS: 'k:9092' },
      'LEDGER_RELAY=worker requires LEDGER_STORE=postgres (got "sqlite"); use in-process for the embedded store',
    ],
    [
      { KAFKA_TOPIC_PREFIX: 'ledger/prod' },
      `KAFKA_TOPIC_PREFIX must be 1 to 200 letters, digits, '.', '_' or '-' (a Kafka topic name), got "ledger/prod"`,
    ],
    [
      { KAFKA_TOPIC_PARTITIONS: '0' },
      'KAFKA_TOPIC_PARTITIONS must be an integer from 1 to 1000, got "0"',
    ],
    [
      { KAFKA_TOPIC_RETENTION_MS: '-2' },
      'KAFKA_TOPIC_RETENTION_MS must be -1 (keep forever) or an integer of at least 60000 ms, got "-2"',
    ],
    [
      { KAFKA_TOPIC_RETENTION_MS: '1000' },
      'KAFKA_TOPIC_RETENTION_MS must be -1 (keep forever) or an integer of at least 60000 ms, got "1000"',
    ],
    [
      { LEDGER_READ_WAIT_MS: '90000' },
      'LEDGER_READ_WAIT_MS must be an integer from 0 to 60000, got "90000"',
    ],
    [
      { LEDGER_LOG_ORIGIN: 'my ledger' },
      `LEDGER_LOG_ORIGIN must be 1 to 255 printable ASCII characters without spaces or '+', e.g. ledger.example.gov/log, got "my ledger"`,
    ],
    [
      { LEDGER_CHECKPOINT_EVERY_EVENTS: '-1' },
      'LEDGER_CHECKPOINT_EVERY_EVENTS must be an integer from 0 to 1000000000, got "-1"',
    ],
    [
      { LEDGER_CHECKPOINT_EVERY_SECONDS: '1m' },
      'LEDGER_CHECKPOINT_EVERY_SECONDS must be an integer from 0 to 86400, got "1m"',
    ],
    [
      {
        LEDGER_CHECKPOINT_KEY:
          'PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz',
      },
      'LEDGER_CHECKPOINT_KEY is not a checkpoint signer key (PRIVATE+KEY+<name>+<id>+<base64>, see docs/transparency-log.md): the signer key id c74f20a4 does not match its name and key (expected c74f20a3)',
    ],
    [
      {
        LEDGER_CHECKPOINT_KEY: 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
      },
      "LEDGER_CHECKPOINT_KEY is not a checkpoint signer key (PRIVATE+KEY+<name>+<id>+<base64>, see docs/transparency-log.md): a signer key has 5 '+'-separated fields, this one has 3",
    ],
    [
      { LEDGER_WITNESS_KEYS: 'witness+00000000+BA==' },
      'LEDGER_WITNESS_KEYS holds "witness+00000000+BA==", not a witness key (name+id+base64(0x04 || Ed25519 public key)): the witness verifier key is not a cosignature/v1 key (id of 8 hex digits, algorithm byte 0x04 and 32 bytes)',
    ],
    [
      { LEDGER_WITNESS_REQUIRED: '1' },
      'LEDGER_WITNESS_REQUIRED is 1 but LEDGER_WITNESS_KEYS names 0 witnesses: no checkpoint could ever be final',
    ],
    [
      { LEDGER_WITNESS_REQUIRED: '-1' },
      'LEDGER_WITNESS_REQUIRED must be an integer from 0 to 1000, got "-1"',
    ],
    [
      { LEDGER_CHECKPOINT_KEY_FILE: '/nonexistent/key' },
      'LEDGER_CHECKPOINT_KEY_FILE cannot be read (/nonexistent/key): ENOENT',
    ],
    [
      { LEDGER_CHECKPOINT_KEY: 'x', LEDGER_CHECKPOINT_KEY_FILE: 'y' },
      'LEDGER_CHECKPOINT_KEY and LEDGER_CHECKPOINT_KEY_FILE are both set; set one',
    ],
    [
      { OCDS_OCID_PREFIX: 'ocds-toolong1' },
      'OCDS_OCID_PREFIX must be a registered OCID prefix ("ocds-" and 6 lowercase letters or digits), got "ocds-toolong1"',
    ],
    [
      { OCDS_SUPPLIER_SCHEME: 'uscc' },
      'OCDS_SUPPLIER_SCHEME must be an org-id.guide list code like CN-USCC or GB-COH, got "uscc"',
    ],
    [
      { OCDS_LICENSE: 'CC-BY-4.0' },
      'OCDS_LICENSE must be an http:// or https:// URL, got "CC-BY-4.0"',
    ],
    [
      { OCDS_PUBLICATION_POLICY: 'policy.html' },
      'OCDS_PUBLICATION_POLICY must be an http:// or https:// URL, got "policy.html"',
    ],
    [
      { OCDS_BASE_URI: 'ledger.example.gov' },
      'OCDS_BASE_URI must be an http:// or https:// URL, got "ledger.example.gov"',
    ],
  ])('refuses %j naming the variable', (env, message) => {
    expect(problemsOf(env)).toEqual([message]);
  });

  it('LEDGER_STORE=kurrentdb takes the connection string; read models stay in DATABASE_URL when set', () => {
    const config = validateConfig(
      {
        LEDGER_STORE: 'kurrentdb',
        KURRENTDB_CONNECTION_STRING: ' kurrentdb://admin:changeit@db:2113?tls=false ',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      store: 'kurrentdb',
      kurrentdbConnectionString: 'kurrentdb://admin:changeit@db:2113?tls=false',
      databaseUrl: undefined,
    });
    expect(readStoreConfig(config)).toEqual({
      kind: 'sqlite',
      file: path.resolve('/srv/data/read.sqlite'),
      cacheMiB: 64,
    });
    const withPostgres = validateConfig(
      {
        LEDGER_STORE: 'kurrentdb',
        KURRENTDB_CONNECTION_STRING: 'kurrentdb://db',
        DATABASE_URL: 'postgres://u:p@pg/ledger',
      },
      '/srv',
    );
    expect(readStoreConfig(withPostgres)).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@pg/ledger',
    });
  });

  it('an unreachable KurrentDB stops the start with an error naming the variable, not the password', async () => {
    const config = validateConfig(
      {
        LEDGER_STORE: 'kurrentdb',
        KURRENTDB_CONNECTION_STRING: 'kurrentdb://admin:s3cret@127.0.0.1:1?tls=false',
      },
      '/srv',
    );
    const error = await openEventStore(config).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(
      /^KURRENTDB_CONNECTION_STRING \(kurrentdb:\/\/admin:\*\*\*@127\.0\.0\.1:1\?tls=false\): cannot open the KurrentDB event store: KurrentDB event store unavailable/,
    );
    expect(error?.message).not.toContain('s3cret');
  });

  describe('LEDGER_POLICY_FILE', () => {
    let dir: string;
    beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'ledger-policy-'))));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = (name: string, content: string): string => {
      writeFileSync(path.join(dir, name), content);
      return name;
    };

    it('merges the overrides onto the defaults, the path resolved against the working directory', () => {
      const name = file(
        'ok.json',
        JSON.stringify({ minSubmissionDays: { open: 0 }, amendmentThresholdPercent: 15 }),
      );
      const config = validateConfig({ LEDGER_POLICY_FILE: name }, dir);
      expect(config.policyFile).toBe(path.join(dir, name));
      expect(config.policy).toEqual({
        ...DEFAULT_POLICY,
        minSubmissionDays: { ...DEFAULT_POLICY.minSubmissionDays, open: 0 },
        amendmentThresholdPercent: 15,
      });
    });

    it.each([
      [
        'bad-number.json',
        '{"minSubmissionDays":{"invited":-1}}',
        'LEDGER_POLICY_FILE',
        'field "minSubmissionDays.invited"',
      ],
      ['fraction.json', '{"paymentDueDays":2.5}', 'LEDGER_POLICY_FILE', 'field "paymentDueDays"'],
      [
        'rating.json',
        '{"directCommissionRatingFloor":"6A"}',
        'LEDGER_POLICY_FILE',
        'field "directCommissionRatingFloor"',
      ],
      [
        'unknown.json',
        '{"minSubmisionDays":{"open":0}}',
        'LEDGER_POLICY_FILE',
        'field "minSubmisionDays" is not a Policy field',
      ],
      [
        'method.json',
        '{"minValidBids":{"auction":1}}',
        'LEDGER_POLICY_FILE',
        'field "minValidBids.auction" is not a procurement method',
      ],
      ['array.json', '[1]', 'LEDGER_POLICY_FILE', 'must hold a JSON object'],
      ['broken.json', '{"open": ', 'LEDGER_POLICY_FILE', 'is not JSON'],
    ])('refuses %s naming the variable and the field', (name, content, variable, fragment) => {
      const problems = (() => {
        try {
          validateConfig({ LEDGER_POLICY_FILE: file(name, content) }, dir);
        } catch (error) {
          if (error instanceof ConfigValidationError) return error.problems;
          throw error;
        }
        throw new Error('expected the policy file to be refused');
      })();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(variable);
      expect(problems[0]).toContain(fragment);
    });

    it("refuses dayMs: the length of a day is the deployment's (LEDGER_SANDBOX), never a jurisdiction's", () => {
      const name = file('day.json', '{"dayMs":60000}');
      expect(problemsOf({ LEDGER_POLICY_FILE: path.join(dir, name) })).toEqual([
        expect.stringContaining('field "dayMs" is not a Policy field'),
      ]);
    });

    it('refuses a file that does not exist', () => {
      expect(problemsOf({ LEDGER_POLICY_FILE: '/nonexistent/policy.json' })).toEqual([
        'LEDGER_POLICY_FILE cannot be read (/nonexistent/policy.json): ENOENT',
      ]);
    });

    it('LEDGER_REFERENCE_POLICY_FILE is read and validated on its own, naming its variable', () => {
      const lax = file('lax.json', JSON.stringify({ minSubmissionDays: { open: 0 } }));
      const strict = file('strict.json', JSON.stringify({ minSubmissionDays: { open: 30 } }));
      const config = validateConfig(
        { LEDGER_POLICY_FILE: lax, LEDGER_REFERENCE_POLICY_FILE: strict },
        dir,
      );
      expect(config.policy.minSubmissionDays.open).toBe(0);
      expect(config.referencePolicyFile).toBe(path.join(dir, strict));
      expect(config.referencePolicy.minSubmissionDays.open).toBe(30);
      // Relaxing the policy in force leaves the reference at the defaults.
      expect(validateConfig({ LEDGER_POLICY_FILE: lax }, dir).referencePolicy).toEqual(
        DEFAULT_POLICY,
      );
      expect(problemsOf({ LEDGER_REFERENCE_POLICY_FILE: '/nonexistent/reference.json' })).toEqual([
        'LEDGER_REFERENCE_POLICY_FILE cannot be read (/nonexistent/reference.json): ENOENT',
      ]);
    });
  });

  describe('LEDGER_SANDBOX', () => {
    it("true: a policy day (and the reference policy's) lasts LEDGER_SANDBOX_DAY_SECONDS, default a minute", () => {
      const config = validateConfig({ LEDGER_SANDBOX: 'true' }, '/srv');
      expect(config.sandbox).toBe(true);
      expect(config.sandboxDayMs).toBe(60_000);
      expect(config.policy).toEqual({ ...DEFAULT_POLICY, dayMs: 60_000 });
      expect(config.referencePolicy.dayMs).toBe(60_000);
      const slower = validateConfig(
        { LEDGER_SANDBOX: 'true', LEDGER_SANDBOX_DAY_SECONDS: '3600' },
        '/srv',
      );
      expect(slower.policy.dayMs).toBe(3_600_000);
      expect(validateConfig({ LEDGER_SANDBOX: 'false' }, '/srv').policy).toEqual(DEFAULT_POLICY);
    });
    it("refuses anything but true or false, a day length outside production's reach, and KurrentDB", () => {
      expect(problemsOf({ LEDGER_SANDBOX: 'yes' })).toEqual([
        'LEDGER_SANDBOX must be true or false, got "yes"',
      ]);
      expect(problemsOf({ LEDGER_SANDBOX_DAY_SECONDS: '60' })).toEqual([
        'LEDGER_SANDBOX_DAY_SECONDS is set but LEDGER_SANDBOX is not true: a production ledger never shortens its days',
      ]);
      expect(problemsOf({ LEDGER_SANDBOX: 'true', LEDGER_SANDBOX_DAY_SECONDS: '0' })).toEqual([
        'LEDGER_SANDBOX_DAY_SECONDS must be an integer from 1 to 86400, got "0"',
      ]);
      expect(
        problemsOf({
          LEDGER_SANDBOX: 'true',
          LEDGER_STORE: 'kurrentdb',
          KURRENTDB_CONNECTION_STRING: 'kurrentdb://localhost:2113?tls=false',
        }),
      ).toEqual([
        expect.stringContaining('LEDGER_SANDBOX=true is not supported with LEDGER_STORE=kurrentdb'),
      ]);
    });
  });

  it('runs the projections on a thread of the API only for in-process projections on the SQLite store', () => {
    const thread = (env: Record<string, string>) => validateConfig(env, '/srv').projectionThread;
    expect(thread({})).toBe(true);
    expect(thread({ LEDGER_PROJECTION_THREAD: 'false' })).toBe(false);
    expect(thread({ LEDGER_STORE: 'memory' })).toBe(false);
    expect(thread({ LEDGER_PROJECTIONS: 'off' })).toBe(false);
    expect(
      thread({
        LEDGER_STORE: 'postgres',
        DATABASE_URL: 'postgres://h/db',
        LEDGER_PROJECTIONS: 'worker',
      }),
    ).toBe(false);
  });

  it('runs the relay in-process by default once KAFKA_BROKERS is set, and off when asked', () => {
    expect(validateConfig({ KAFKA_BROKERS: 'k:9092' }, '/srv').relay).toBe('in-process');
    expect(validateConfig({ KAFKA_BROKERS: 'k:9092', LEDGER_RELAY: 'off' }, '/srv').relay).toBe(
      'off',
    );
    expect(validateConfig({ KAFKA_TOPIC_RETENTION_MS: '-1' }, '/srv').kafkaTopicRetentionMs).toBe(
      -1,
    );
  });

  it('reads the checkpoint key from LEDGER_CHECKPOINT_KEY or from the file LEDGER_CHECKPOINT_KEY_FILE names', () => {
    const key = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
    const verifier = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
    expect(
      validateConfig({ LEDGER_CHECKPOINT_KEY: key }, '/srv').checkpointSigner?.verifier.key,
    ).toBe(verifier);
    const dir = mkdtempSync(path.join(tmpdir(), 'ledger-key-'));
    try {
      writeFileSync(path.join(dir, 'checkpoint.key'), `${key}\n`, { mode: 0o600 });
      const config = validateConfig(
        {
          LEDGER_CHECKPOINT_KEY_FILE: 'checkpoint.key',
          LEDGER_LOG_ORIGIN: 'ledger.example.gov/log',
        },
        dir,
      );
      expect(config).toMatchObject({ logOrigin: 'ledger.example.gov/log' });
      expect(config.checkpointSigner?.verifier.key).toBe(verifier);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });
});
