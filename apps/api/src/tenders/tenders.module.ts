import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandRuntime, tenderHandlers } from '@contract-ledger/application';
import { PublicTendersController } from './public-tenders.controller';
import { TendersController } from './tenders.controller';

@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [TendersController, PublicTendersController],
  providers: [CommandRuntime, ...tenderHandlers],
})
export class TendersModule {}
