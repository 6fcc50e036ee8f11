import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandRuntime, supplierHandlers } from '@contract-ledger/application';
import { SuppliersController } from './suppliers.controller';

@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [SuppliersController],
  providers: [CommandRuntime, ...supplierHandlers],
})
export class SuppliersModule {}
