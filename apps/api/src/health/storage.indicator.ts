import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { access, constants } from 'node:fs/promises';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';

@Injectable()
export class StorageHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    try {
      await access(this.config.dataDir, constants.W_OK);
      return indicator.up({ store: this.config.store, dataDir: this.config.dataDir });
    } catch (error) {
      return indicator.down({ store: this.config.store, reason: (error as Error).message });
    }
  }
}
