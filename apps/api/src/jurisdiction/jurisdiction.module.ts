import { DynamicModule, Module } from '@nestjs/common';
import { CLOCK, PROCUREMENT_POLICY, type Clock } from '@contract-ledger/application';
import type { Policy } from '@contract-ledger/domain';
import type { AppConfig } from '../config/config';
import { JurisdictionController } from './jurisdiction.controller';

/** Replacements for the clock and the policy of the configuration (tests that drive deadlines). */
export interface JurisdictionOverrides {
  readonly clock?: Clock;
  readonly policy?: Policy;
}

const systemClock: Clock = () => new Date();

/**
 * The procurement policy in force (LEDGER_POLICY_FILE, validated at start) and the clock commands
 * act at, for every handler of the process. The one place both are provided: a test replaces them
 * through createApp's options rather than a second global provider, because which of two global
 * providers of one token Nest injects depends on module scan order.
 */
@Module({})
export class JurisdictionModule {
  static forRoot(config: AppConfig, overrides: JurisdictionOverrides = {}): DynamicModule {
    return {
      module: JurisdictionModule,
      global: true,
      controllers: [JurisdictionController],
      providers: [
        { provide: PROCUREMENT_POLICY, useValue: overrides.policy ?? config.policy },
        { provide: CLOCK, useValue: overrides.clock ?? systemClock },
      ],
      exports: [PROCUREMENT_POLICY, CLOCK],
    };
  }
}
