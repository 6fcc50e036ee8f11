import { Global, Module } from '@nestjs/common';
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

/** The read side of the API: the read store, the runners when hosted here, and the read routes. */
@Global()
@Module({
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
  ],
  exports: [ReadSide],
})
export class ReadSideModule {}
