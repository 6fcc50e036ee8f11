import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { budgetLineHandlers, CommandRuntime } from '@contract-ledger/application';
import { BudgetLinesController } from './budget-lines.controller';

@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [BudgetLinesController],
  providers: [CommandRuntime, ...budgetLineHandlers],
})
export class BudgetLinesModule {}
