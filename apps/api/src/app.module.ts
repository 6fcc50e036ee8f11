import { DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoInstance } from 'pino';
import type { AppConfig } from './config/config';
import { AppConfigModule } from './config/config.module';
import { HealthModule } from './health/health.module';
import { JurisdictionModule, type JurisdictionOverrides } from './jurisdiction/jurisdiction.module';
import { StoreModule } from './store/store.module';
import { ContractsModule } from './contracts/contracts.module';
import { PlatformModule } from './platform/platform.module';
import { SuppliersModule } from './suppliers/suppliers.module';
import { BudgetLinesModule } from './budget-lines/budget-lines.module';
import { TendersModule } from './tenders/tenders.module';
import { EventsModule } from './events/events.module';
import { RelayModule } from './relay/relay.module';
import { ReadSideModule } from './read-side/read-side.module';
import { MetricsModule } from './metrics/metrics.module';
import { TransparencyModule } from './transparency/transparency.module';

@Module({})
export class AppModule {
  /** `extra`: modules added by the caller, e.g. a test's own routes (never test routes in production code). */
  static forRoot(
    config: AppConfig,
    logger: PinoInstance,
    extra: NonNullable<ModuleMetadata['imports']> = [],
    jurisdiction: JurisdictionOverrides = {},
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        // The process's one pino logger (createApp's): Nest's own log lines and PinoLogger go to it.
        // No request middleware (forRoutes: none): Fastify logs each request itself (app.ts), and
        // nestjs-pino's middleware would run pino-http and an AsyncLocalStorage scope per request;
        // with any AsyncLocalStorage in use, Node 20 runs promise hooks on every promise of the
        // process. The few request-time lines (ProblemFilter) carry the correlation id themselves.
        LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true, forRoutes: [] }),
        PlatformModule.forRoot(config),
        StoreModule,
        JurisdictionModule.forRoot(config, jurisdiction),
        HealthModule,
        SuppliersModule,
        BudgetLinesModule,
        TendersModule,
        ContractsModule,
        EventsModule,
        RelayModule.forRoot({ config }),
        ReadSideModule,
        MetricsModule,
        TransparencyModule,
        ...extra,
      ],
    };
  }
}
