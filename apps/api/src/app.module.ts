import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/config';
import { AppConfigModule } from './config/config.module';
import { HealthModule } from './health/health.module';
import { StoreModule } from './store/store.module';
import { SuppliersModule } from './suppliers/suppliers.module';
import { BudgetLinesModule } from './budget-lines/budget-lines.module';
import { TendersModule } from './tenders/tenders.module';
import { ContractsModule } from './contracts/contracts.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Fastify assigns req.id from the correlation header (app.ts); pino-http reuses it.
            customAttributeKeys: { reqId: 'correlationId' },
            // Health probes every few seconds would drown the log.
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        StoreModule,
        HealthModule,
        SuppliersModule,
        BudgetLinesModule,
        TendersModule,
        ContractsModule,
      ],
    };
  }
}
