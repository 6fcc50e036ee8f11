import { DynamicModule, Module, RequestMethod, type ModuleMetadata } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
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
    extra: NonNullable<ModuleMetadata['imports']> = [],
    jurisdiction: JurisdictionOverrides = {},
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Fastify assigns req.id from the correlation header (app.ts); pino-http reuses it.
            customAttributeKeys: { reqId: 'correlationId' },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
          // Health probes every few seconds would drown the log, and they log nothing themselves:
          // no request logger at all for them (its child logger with redaction cost more than the
          // probe's answer).
          exclude: [
            { method: RequestMethod.ALL, path: 'health/live' },
            { method: RequestMethod.ALL, path: 'health/ready' },
          ],
        }),
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
