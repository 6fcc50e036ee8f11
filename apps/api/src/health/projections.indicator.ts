import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DIVERGENCE_RUNBOOK, ReadSide } from '../read-side/read-side';

/**
 * Readiness detail of the read side: per projection its state, checkpoint and lag. Catching up is
 * not unready (commands and log reads work, and minPosition makes reads wait); a read store that
 * cannot be queried is, and so is a read model that diverged from the log (rewound or restored).
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
      const diverged = lags.filter((l) => l.diverged !== undefined);
      const detail = {
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
              ...(l.diverged ? { diverged: l.diverged } : {}),
            },
          ]),
        ),
      };
      // A read model built on events the log no longer has serves a past that did not happen, and
      // no retry fixes it: unready until an operator rebuilds it or restores the log.
      if (diverged.length > 0) {
        return indicator.down({
          ...detail,
          reason: `read model ${diverged.map((l) => l.projection).join(', ')} diverged from the event log: ${diverged[0]!.diverged}`,
          runbook: DIVERGENCE_RUNBOOK,
        });
      }
      return indicator.up(detail);
    } catch (error) {
      return indicator.down({ mode: this.readSide.mode, reason: (error as Error).message });
    }
  }
}
