import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntityStateQuery } from '@contract-ledger/application';
import { budgetExecutionProjection, budgetLines } from '@contract-ledger/projections';
import { budgetExecution, queryTable } from '@contract-ledger/read-store-sql';
import { IdParams } from '../common/dto';
import { CurrentAccess, notFound, Permission, type Access } from '../platform';
import { ReadModelQuery } from './read-model.query';
import { BudgetExecutionQuery, ReadYourWritesQuery } from './read-side.dto';

const LINE_EXAMPLE = {
  budgetLineId: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
  agencyId: '0190f5a2-0000-7000-8000-0000000000a1',
  fiscalYear: 2026,
  category: 'elderly_care',
  currency: 'CNY',
  allocated: 1_000_000_00,
  reserved: 200_000_00,
  committed: 500_000_00,
  disbursed: 120_000_00,
  available: 300_000_00,
  reservationReleased: 50_000_00,
  commitmentReleased: 0,
  openedAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  position: 1042,
};

/**
 * Budget execution per line (allocated, reserved, committed, disbursed, available, and what was
 * released back from reservations and commitments), in minor units.
 */
@ApiTags('budget-execution')
@Controller('api/v1')
export class BudgetExecutionController {
  constructor(private readonly queries: QueryBus) {}

  @Get('budget-execution')
  @Permission('budget-execution.read')
  @ApiOperation({
    summary:
      'Budget lines with their execution, filtered by agency, fiscal year and category; cursor paging',
    description:
      'A finance officer sees its own agency only (agencyId defaults to it; another agency is 403).',
  })
  @ApiOkResponse({
    description: '{ items, nextCursor }',
    schema: { example: { items: [LINE_EXAMPLE], nextCursor: null } },
  })
  async list(@Query() q: BudgetExecutionQuery, @CurrentAccess() access: Access) {
    const own = access.actor?.role === 'finance_officer' ? access.actor.agencyId : undefined;
    const agencyId = q.agencyId ?? own;
    if (own !== undefined) access.require({ agencyId });
    return this.queries.execute(
      new ReadModelQuery('budget_execution', q, (store) =>
        budgetExecution(store, {
          agencyId,
          fiscalYear: q.fiscalYear,
          category: q.category,
          limit: q.limit ?? 50,
          cursor: q.cursor ?? null,
        }),
      ),
    );
  }

  @Get('budget-lines/:id/execution')
  @Permission('budget-execution.read')
  @ApiOperation({ summary: "One budget line's execution" })
  @ApiOkResponse({ description: 'The line', schema: { example: LINE_EXAMPLE } })
  async one(
    @Param() { id }: IdParams,
    @Query() q: ReadYourWritesQuery,
    @CurrentAccess() access: Access,
  ) {
    // The scope comes from the log, like every other route's; the row from the read model.
    const { state, position } = await this.queries.execute(new EntityStateQuery('budget-line', id));
    if (state.status !== 'open') throw notFound(`No budget line ${id}`);
    access.require({ agencyId: state.opened.agencyId });
    // At least as fresh as the line's own stream, so a line that exists is never missing here.
    const freshness = {
      minPosition: Math.max(q.minPosition ?? 0, position),
      maxWaitMs: q.maxWaitMs,
    };
    const { items } = await this.queries.execute(
      new ReadModelQuery('budget_execution', freshness, (store) =>
        queryTable(store, budgetExecutionProjection, budgetLines, {
          where: { budgetLineId: id },
          limit: 1,
        }),
      ),
    );
    if (!items[0]) throw notFound(`No budget line ${id}`);
    return items[0];
  }
}
