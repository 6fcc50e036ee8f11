import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EntityStateHandler, SupplierAsKnownHandler } from '@contract-ledger/application';
import { createReadStore } from '@contract-ledger/read-store-sql';
import { readStoreConfig } from '@contract-ledger/runtime';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { AccountabilityController } from './accountability.controller';
import { AuditController } from './audit.controller';
import { BlacklistController } from './blacklist.controller';
import { BoardController, TenderListController } from './board.controller';
import { BudgetExecutionController } from './budget-execution.controller';
import { OcdsController } from './ocds.controller';
import { RedFlagsController } from './red-flags.controller';
import { READ_STORE, ReadSide } from './read-side';
import { ReadModelQueryHandler } from './read-model.query';
import { StateAtHandler } from './state-at.query';

/**
 * The read side of the API: the read store, the runners when hosted here, the read routes, and the
 * query handlers every read route goes through (QueryBus): ReadModelQuery for a projection,
 * EntityStateQuery for one entity as its stream says now, StateAtQuery for one as it was.
 */
@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [
    AuditController,
    BlacklistController,
    BudgetExecutionController,
    BoardController,
    TenderListController,
    AccountabilityController,
    RedFlagsController,
    OcdsController,
  ],
  providers: [
    {
      provide: READ_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createReadStore(readStoreConfig(config)),
    },
    ReadSide,
    ReadModelQueryHandler,
    EntityStateHandler,
    SupplierAsKnownHandler,
    StateAtHandler,
  ],
  exports: [ReadSide],
})
export class ReadSideModule {}
