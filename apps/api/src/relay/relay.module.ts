import {
  Inject,
  Injectable,
  Logger,
  Module,
  Optional,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EVENT_STORE } from '@contract-ledger/application';
import type { EventStore } from '@contract-ledger/event-store';
import type { FeedLogger } from '@contract-ledger/messaging-kafka';
import {
  hostRelay,
  type HostedRelayStatus,
  type HostRelayOptions,
  type RelayHandle,
  type Tracing,
} from '@contract-ledger/runtime';
import type { AppConfig } from '../config/config';
import { TRACING } from '../platform/tracing';

export const RELAY_OPTIONS = Symbol('RELAY_OPTIONS');

export interface RelayHostOptions extends HostRelayOptions {
  readonly config: AppConfig;
}

/**
 * The outbox relay in the API process: on when LEDGER_RELAY=in-process (the default once
 * KAFKA_BROKERS is set). `hostRelay` (libs/runtime, shared with apps/worker) keeps the checkpoint
 * in the ledger's own database and, on PostgreSQL, elects one publishing relay across every API
 * instance and worker, so a restart or a second instance resumes where the broker last acknowledged.
 */
@Injectable()
export class RelayHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('KafkaRelay');
  private handle: RelayHandle | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(RELAY_OPTIONS) private readonly options: RelayHostOptions,
    @Optional() @Inject(TRACING) private readonly tracing?: Tracing,
  ) {}

  /** This process hosts a relay (publishing, or standing by for the PostgreSQL lock). */
  get enabled(): boolean {
    return this.options.config.relay === 'in-process';
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    const { config, ...options } = this.options;
    this.handle = hostRelay(config, this.store, feedLogger(this.logger), {
      ...(this.tracing ? { tracing: this.tracing } : {}),
      ...options,
    });
  }

  /** Before the store closes: the relay finishes (or abandons, to resend) its batch in flight. */
  async beforeApplicationShutdown(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.stop();
  }

  /** Positions behind the head (ledger_relay_lag); undefined when this process hosts no relay. */
  async lag(): Promise<number | undefined> {
    return this.handle?.lag();
  }

  status(): HostedRelayStatus | undefined {
    return this.handle?.status();
  }

  /** Resolves once the broker acknowledged everything up to `position` (tests, graceful drains). */
  waitFor(position: number): Promise<void> {
    if (!this.handle)
      return Promise.reject(
        new Error('the relay is not hosted here: LEDGER_RELAY is not in-process'),
      );
    return this.handle.waitFor(position);
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

/** `RelayModule.forRoot({ config })` in the API; apps/worker hosts the relay through `hostRelay` itself. */
@Module({})
export class RelayModule {
  static forRoot(options: RelayHostOptions): DynamicModule {
    return {
      module: RelayModule,
      // Global like the read side: /metrics reads the relay's lag without importing forRoot again.
      global: true,
      providers: [{ provide: RELAY_OPTIONS, useValue: options }, RelayHost],
      exports: [RelayHost],
    };
  }
}
