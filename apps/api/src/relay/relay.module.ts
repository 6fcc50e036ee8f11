import { Inject, Injectable, Logger, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE } from '@contract-ledger/application';
import type { EventStore } from '@contract-ledger/event-store';
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
import Database from 'better-sqlite3';
import { Pool, type PoolClient } from 'pg';
import type { AppConfig } from '../config/config';
import { sqliteFile } from '../store/store.module';

export const RELAY_OPTIONS = Symbol('RELAY_OPTIONS');

export interface RelayHostOptions {
  readonly config: AppConfig;
  /** Topics are `<topicPrefix>.tenders` etc.; default `ledger`. */
  readonly topicPrefix?: string;
}

/**
 * The outbox relay hosted in a Nest process (the API in single-process mode, apps/worker for
 * scale-out): on when KAFKA_BROKERS is set, off otherwise. Its checkpoint lives in the ledger's own
 * database (relay_checkpoints), so a restart resumes where the broker last acknowledged.
 */
@Injectable()
export class RelayHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('KafkaRelay');
  private relay: KafkaRelay | undefined;
  private closeDb: (() => Promise<void>) | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(RELAY_OPTIONS) private readonly options: RelayHostOptions,
  ) {}

  get enabled(): boolean {
    return this.options.config.kafkaBrokers.length > 0;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    const { config } = this.options;
    const logger = feedLogger(this.logger);
    this.relay = new KafkaRelay({
      store: this.store,
      client: createKafkaFeedClient({ brokers: config.kafkaBrokers, clientId: 'ledger-relay', logger }),
      checkpoints: this.checkpoints(config),
      topicPrefix: this.options.topicPrefix ?? 'ledger',
      logger,
    });
    // Not awaited: start() retries topic creation while the broker is down, and the API must serve
    // commands meanwhile (the log is the outbox; nothing is lost by publishing later).
    void this.relay.start();
  }

  /** Before the store closes: the relay finishes (or abandons, to resend) its batch in flight. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.closeDb?.();
  }

  /** Positions behind the head (ledger_relay_lag); undefined when the relay is off. */
  async lag(): Promise<number | undefined> {
    return this.relay?.lag();
  }

  status(): RelayStatus | undefined {
    return this.relay?.status();
  }

  /** Resolves once the broker acknowledged everything up to `position` (tests, graceful drains). */
  waitFor(position: number): Promise<void> {
    if (!this.relay) return Promise.reject(new Error('the relay is off: KAFKA_BROKERS is not set'));
    return this.relay.waitFor(position);
  }

  private checkpoints(config: AppConfig): CheckpointStore {
    switch (config.store) {
      case 'memory':
        return new MemoryCheckpointStore();
      case 'sqlite': {
        const db = new Database(sqliteFile(config));
        db.pragma('busy_timeout = 5000');
        this.closeDb = async () => void db.close();
        return new SqlCheckpointStore(sqliteClient(db));
      }
      case 'postgres': {
        const pool = new Pool({ connectionString: config.databaseUrl, max: 2 });
        this.closeDb = () => pool.end();
        return new SqlCheckpointStore(pgClient(pool));
      }
    }
  }
}

function feedLogger(logger: Logger): FeedLogger {
  return {
    debug: (obj, msg) => logger.debug({ ...obj, msg }),
    info: (obj, msg) => logger.log({ ...obj, msg }),
    warn: (obj, msg) => logger.warn({ ...obj, msg }),
    error: (obj, msg) => logger.error({ ...obj, msg }),
  };
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
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await c.query(sql, [...params])).rows as Row[],
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

/** `RelayModule.forRoot({ config })` in the API (single-process mode) or in apps/worker. */
@Module({})
export class RelayModule {
  static forRoot(options: RelayHostOptions): DynamicModule {
    return {
      module: RelayModule,
      providers: [{ provide: RELAY_OPTIONS, useValue: options }, RelayHost],
      exports: [RelayHost],
    };
  }
}
