import { Body, Controller, Get, Param } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AdjustBudgetLineCommand,
  budgetLineView,
  EntityStateQuery,
  OpenBudgetLineCommand,
  type CommandContext,
} from '@contract-ledger/application';
import { uuidv7 } from '@contract-ledger/event-store';
import { uuidFrom } from '../common/command-http';
import { IdParams } from '../common/dto';
import {
  CommandContextOf,
  CommandRoute,
  CurrentAccess,
  notFound,
  Permission,
  versioned,
  type Access,
} from '../platform';
import { AdjustBudgetLineDto, OpenBudgetLineDto } from './budget-lines.dto';

@ApiTags('budget-lines')
@Controller('api/v1/budget-lines')
export class BudgetLinesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @CommandRoute({
    permission: 'budget-line.open',
    status: 201,
    summary: "Open an approved budget line of the caller's agency (OpenBudgetLine)",
  })
  open(
    @Body() body: OpenBudgetLineDto,
    @CurrentAccess() access: Access,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = {
      ...body,
      budgetLineId: body.budgetLineId ?? uuidv7(),
      agencyId: body.agencyId ?? uuidFrom(access.actor?.agencyId, 'agencyId'),
    };
    return this.commands.execute(new OpenBudgetLineCommand(input, context));
  }

  @CommandRoute({
    path: ':id/adjustments',
    permission: 'budget-line.adjust',
    status: 200,
    summary: 'Change the allocation (AdjustBudgetLine)',
  })
  adjust(
    @Param() { id }: IdParams,
    @Body() body: AdjustBudgetLineDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(
      new AdjustBudgetLineCommand({ ...body, budgetLineId: id }, context),
    );
  }

  @Get(':id')
  @Permission('budget-line.read')
  @ApiOperation({ summary: 'A budget line: allocated, reserved, committed, disbursed, available' })
  @ApiOkResponse({ description: 'The line; ETag is its stream revision' })
  async read(@Param() { id }: IdParams, @CurrentAccess() access: Access) {
    const { state, revision } = await this.queries.execute(new EntityStateQuery('budget-line', id));
    if (state.status !== 'open') throw notFound(`No budget line ${id}`);
    access.require({ agencyId: state.opened.agencyId });
    return versioned(budgetLineView(state), revision);
  }
}
