import { FinalCheckpoints } from '@contract-ledger/application';
import { isCheckpointStore, type EventStore } from '@contract-ledger/event-store';
import {
  createKafkaFeedClient,
  KafkaRelay,
  MemoryCheckpointStore,
  SqlCheckpointStore,
  type CheckpointStore,
  type FeedLogger,
  type RelayStatus,
  type SqlClient,
} from '@contract-ledger/messaging-kafka';
import { whileLeader } from '@contract-ledger/read-store-sql';
import Database from 'better-sqlite3';
import { Pool, type PoolClient } from 'pg';
import type { AppConfig } from './config';
import { readSqliteFile, sqliteFile } from './stores';
import { relayBatchSpans, type Tracing } from './tracing';

/**
 * What a process hosting the relay reports (`/metrics`, logs). `standby`: another process holds the
 * relay's advisory lock and publishes; `starting`: this one has not yet tried the lock.
 */
export type HostedRelayState = RelayStatus['state'] | 'standby' | 'starting';

export interface HostedRelayStatus {
  readonly state: HostedRelayState;
  /** The relay's own status while this process is the one publishing. */
  readonly relay?: RelayStatus;
}

export interface RelayHandle {
  /** The checkpoint's (and the advisory lock's) name: `kafka:<prefix>`. */
  readonly name: string;
  /** Positions behind the head: the checkpoint in the ledger's database, whoever publishes. */
  lag(): Promise<number>;
  status(): HostedRelayStatus;
  /** Resolves once this process' relay acknowledged `position`; rejects while it is not the one publishing. */
  waitFor(position: number): Promise<void>;
  /** New events were appended: publish now rather than at the next idle poll. */
  notify(): void;
  /** Finishes (or abandons, to resend) the batch in flight and releases the lock. */
  stop(): Promise<void>;
}

export interface HostRelayOptions {
  /** How often a standby tries the lock and a leader checks its lock connection (default 1000 ms). */
  readonly leaderIntervalMs?: number;
  /** kafkajs' connection timeout; tests against an unreachable broker shorten it. */
  readonly connectionTimeoutMs?: number;
  /** Where on, a `relay <name>` span per batch the broker acknowledged while this process publishes. */
  readonly tracing?: Tracing;
}

/**
 * Starts the outbox relay for this process (API in `in-process` mode, apps/worker in `worker`
 * mode) with the checkpoint in the ledger's own database. On PostgreSQL it publishes only while it
 * holds the advisory lock `kafka:<prefix>` (the projection runners' election, libs/read-store-sql),
 * so any number of API instances and workers run one relay between them; when the holder dies its
 * session ends, the lock is free, and a standby takes over from the shared checkpoint. SQLite and
 * memory have one process by construction: no election.
 *
 * Returns at once: the relay retries while the broker is unreachable, and a process must serve (or
 * project) meanwhile; the log is the outbox, so nothing is lost by publishing later.
 */
export function hostRelay(
  config: AppConfig,
  store: EventStore,
  logger: FeedLogger,
  options: HostRelayOptions = {},
): RelayHandle {
  const name = `kafka:${config.kafkaTopicPrefix}`;
  const { checkpoints, close } = openCheckpoints(config);
  // The transparency log's final checkpoints go out on <prefix>.checkpoints (KurrentDB keeps
  // none); read with the API's rule, without the signing key.
  const finals = isCheckpointStore(store)
    ? new FinalCheckpoints(store, config.witnesses, config.witnessRequired)
    : undefined;
  const makeRelay = (): KafkaRelay =>
    new KafkaRelay({
      store,
      client: createKafkaFeedClient({
        brokers: config.kafkaBrokers,
        clientId: 'ledger-relay',
        logger,
        ...(options.connectionTimeoutMs !== undefined
          ? { connectionTimeoutMs: options.connectionTimeoutMs }
          : {}),
      }),
      checkpoints,
      topicPrefix: config.kafkaTopicPrefix,
      name,
      partitions: config.kafkaTopicPartitions,
      retentionMs: config.kafkaTopicRetentionMs,
      logger,
      ...relayBatchSpans(options.tracing, name),
      ...(finals ? { logCheckpoints: finals } : {}),
    });

  let relay: KafkaRelay | undefined;
  let state: HostedRelayState = 'starting';
  const stopping = new AbortController();
  let done: Promise<void>;
  let stopped: Promise<void> | undefined;

  if (config.store === 'postgres') {
    done = whileLeader(
      { url: config.databaseUrl as string, intervalMs: options.leaderIntervalMs ?? 1_000 },
      name,
      stopping.signal,
      (role) => {
        // A standby is told so at every try of the lock (each interval): log role changes only.
        const next = role === 'leader' ? 'running' : 'standby';
        if (next === state) return;
        state = next;
        logger.info(
          { relay: name, role },
          `relay ${name}: ${role === 'leader' ? 'publishing' : 'standby'}`,
        );
      },
      async (lost) => {
        const current = makeRelay();
        relay = current;
        const started = current.start();
        await new Promise<void>((resolve) =>
          lost.aborted
            ? resolve()
            : lost.addEventListener('abort', () => resolve(), { once: true }),
        );
        // Lock lost or process stopping: finish the batch in flight; the next leader resumes from
        // the checkpoint, so an overlap at worst publishes a batch twice (consumers drop duplicates).
        await current.stop();
        // A topic creation in flight against a dead broker ends after kafkajs' few retries (~2 s).
        await started;
        relay = undefined;
      },
    );
  } else {
    const current = makeRelay();
    relay = current;
    done = current.start();
  }
  done = done.catch((error: unknown) =>
    logger.error({ relay: name, err: error }, 'relay host failed'),
  );

  return {
    name,
    async lag() {
      const head = await store.head();
      // The leader's in-memory checkpoint is the freshest; a standby reads the shared one.
      const checkpoint = relay
        ? relay.status().checkpoint
        : (await checkpoints.load(name)).position;
      return Math.max(0, head.position - checkpoint);
    },
    status() {
      if (relay) {
        const status = relay.status();
        return { state: status.state, relay: status };
      }
      return { state: stopping.signal.aborted ? 'stopped' : state };
    },
    waitFor(position) {
      if (!relay)
        return Promise.reject(
          new Error(`the relay ${name} is not publishing in this process (state ${state})`),
        );
      return relay.waitFor(position);
    },
    notify() {
      relay?.notify();
    },
    stop() {
      // Idempotent: Nest shutdown hooks and tests may both stop it.
      stopped ??= (async () => {
        stopping.abort();
        if (config.store !== 'postgres') await relay?.stop();
        await done;
        relay = undefined;
        await close();
      })();
      return stopped;
    },
  };
}

function openCheckpoints(config: AppConfig): {
  checkpoints: CheckpointStore;
  close: () => Promise<void>;
} {
  switch (config.store) {
    case 'memory':
      return { checkpoints: new MemoryCheckpointStore(), close: async () => undefined };
    case 'sqlite':
      return sqliteCheckpoints(sqliteFile(config));
    case 'postgres':
      return postgresCheckpoints(config.databaseUrl as string);
    case 'kurrentdb':
      // KurrentDB holds the log only; the checkpoint lives with the read models (stores.ts readStoreConfig).
      return config.databaseUrl === undefined
        ? sqliteCheckpoints(readSqliteFile(config))
        : postgresCheckpoints(config.databaseUrl);
  }
}

function sqliteCheckpoints(file: string): {
  checkpoints: CheckpointStore;
  close: () => Promise<void>;
} {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  return {
    checkpoints: new SqlCheckpointStore(sqliteClient(db)),
    close: async () => void db.close(),
  };
}

function postgresCheckpoints(url: string): {
  checkpoints: CheckpointStore;
  close: () => Promise<void>;
} {
  const pool = new Pool({ connectionString: url, max: 2 });
  return { checkpoints: new SqlCheckpointStore(pgClient(pool)), close: () => pool.end() };
}

/** The checkpoint store only runs single statements: no transaction queueing needed. */
function sqliteClient(db: Database.Database): SqlClient {
  const client: SqlClient = {
    dialect: 'sqlite',
    query: async <Row>(sql: string, params: readonly unknown[] = []) => {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params) as Row[];
      statement.run(...params);
      return [];
    },
    transaction: (work) => work(client),
  };
  return client;
}

function pgClient(pool: Pool): SqlClient {
  const on = (c: Pool | PoolClient): SqlClient => ({
    dialect: 'postgres',
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await c.query(sql, [...params])).rows as Row[],
    transaction: async (work) => {
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const value = await work(on(conn));
        await conn.query('COMMIT');
        return value;
      } catch (error) {
        await conn.query('ROLLBACK');
        throw error;
      } finally {
        conn.release();
      }
    },
  });
  return on(pool);
}
