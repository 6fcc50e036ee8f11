import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadSide } from '../read-side/read-side';

/**
 * Readiness detail of the read side: per projection its state, checkpoint and lag. Catching up is
 * not unready (commands and log reads work, and minPosition makes reads wait); only a read store
 * that cannot be queried is.
 */
@Injectable()
export class ProjectionsHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly readSide: ReadSide,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    try {
      const lags = await this.readSide.lag();
      return indicator.up({
        mode: this.readSide.mode,
        projections: Object.fromEntries(
          lags.map((l) => [
            l.projection,
            {
              state: l.state,
              version: l.version,
              activeVersion: l.activeVersion ?? null,
              checkpoint: l.checkpoint,
              lag: l.lag,
              ...(l.rebuilding ? { rebuilding: l.rebuilding } : {}),
              ...(l.lastError ? { lastError: l.lastError } : {}),
            },
          ]),
        ),
      });
    } catch (error) {
      return indicator.down({ mode: this.readSide.mode, reason: (error as Error).message });
    }
  }
}
