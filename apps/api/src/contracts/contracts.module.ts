import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandRuntime, CONTRACT_HANDLERS } from '@contract-ledger/application';
import { ContractsController, PublicContractsController } from './contracts.controller';

/** The contract routes (docs/events.md "Contract") and their command and query handlers. */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [ContractsController, PublicContractsController],
  providers: [CommandRuntime, ...CONTRACT_HANDLERS],
})
export class ContractsModule {}
