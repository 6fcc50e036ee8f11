import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { EventStore } from '@contract-ledger/event-store';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { EVENT_STORE } from '../store/store.module';

const PROBE_TIMEOUT_MS = 2_000;

@Injectable()
export class StorageHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Ready when the store answers head() in time; the head position shows how far the log goes. */
  async check(key: string) {
    const indicator = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const head = await Promise.race([
        this.store.head(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
            PROBE_TIMEOUT_MS,
          );
        }),
      ]);
      return indicator.up({ store: this.config.store, headPosition: head.position });
    } catch (error) {
      return indicator.down({ store: this.config.store, reason: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }
}
