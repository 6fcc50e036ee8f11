import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK, PROCUREMENT_POLICY, type Clock } from '@contract-ledger/application';
import type { Policy } from '@contract-ledger/domain';
import {
  agencyAccountability,
  agencyAccountabilityList,
  contractAccountability,
  contractAccountabilityOf,
  milestoneAccountability,
  supplierAccountability,
} from '@contract-ledger/read-store-sql';
import { IdParams } from '../common/dto';
import { notFound, Permission } from '../platform';
import { ReadModelQuery } from './read-model.query';
import {
  AgencyAccountabilityQuery,
  AtQuery,
  ContractAccountabilityQuery,
  ReadYourWritesQuery,
  SupplierAccountabilityQuery,
} from './read-side.dto';

/** Who performs, who pays late: the accountability read model, for supervisors and auditors. */
@ApiTags('accountability')
@Controller('api/v1/accountability')
export class AccountabilityController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PROCUREMENT_POLICY) private readonly policy: Policy,
  ) {}

  @Get('suppliers')
  @Permission('accountability.read')
  @ApiOperation({
    summary:
      'Per supplier: contracts won, active, completed, terminated; milestones on time and late; acceptance rate; mean score; money received; notices; debarments',
  })
  @ApiOkResponse({
    description: '{ items, nextCursor }',
    schema: {
      example: {
        items: [
          {
            supplierId: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
            name: 'Sunrise Home Care',
            contractsWon: 3,
            contractsActive: 2,
            milestonesOnTime: 5,
            milestonesLate: 1,
            acceptanceRateBps: 8333,
            meanScoreX100: 8150,
            moneyReceivedMinor: 120_000_00,
            debarments: 0,
          },
        ],
        nextCursor: null,
      },
    },
  })
  async suppliers(@Query() q: SupplierAccountabilityQuery) {
    return this.queries.execute(
      new ReadModelQuery('accountability', q, (store) =>
        supplierAccountability(store, {
          ...(q.sort ? { orderBy: [{ column: q.sort, direction: 'desc' as const }] } : {}),
          minContracts: q.minContracts,
          limit: q.limit ?? 50,
          cursor: q.cursor ?? null,
        }),
      ),
    );
  }

  @Get('suppliers/:id')
  @Permission('accountability.read')
  @ApiOperation({ summary: "One supplier's accountability row" })
  async supplier(@Param() { id }: IdParams, @Query() q: ReadYourWritesQuery) {
    const { items } = await this.queries.execute(
      new ReadModelQuery('accountability', q, (store) =>
        supplierAccountability(store, { supplierId: id, limit: 1 }),
      ),
    );
    if (!items[0]) throw notFound(`No accountability record of supplier ${id}`);
    return items[0];
  }

  @Get('agencies')
  @Permission('accountability.read')
  @ApiOperation({
    summary:
      'Per agency: spend by method, competitive share against the policy target, mean bidders, single-bid tenders, overdue milestones, its own late payments (at an instant)',
  })
  async agencies(@Query() q: AgencyAccountabilityQuery) {
    return this.queries.execute(
      new ReadModelQuery('accountability', q, (store) =>
        agencyAccountabilityList(store, {
          at: q.at ?? this.clock().toISOString(),
          competitiveShareTargetPercent: this.policy.competitiveShareTargetPercent,
          ...(q.sort ? { orderBy: [{ column: q.sort, direction: 'desc' as const }] } : {}),
          limit: q.limit ?? 50,
          cursor: q.cursor ?? null,
        }),
      ),
    );
  }

  @Get('agencies/:id')
  @Permission('accountability.read')
  @ApiOperation({ summary: "One agency's figures at an instant" })
  async agency(@Param() { id }: IdParams, @Query() q: AtQuery) {
    const row = await this.queries.execute(
      new ReadModelQuery('accountability', q, (store) =>
        agencyAccountability(store, id, {
          at: q.at ?? this.clock().toISOString(),
          competitiveShareTargetPercent: this.policy.competitiveShareTargetPercent,
        }),
      ),
    );
    if (!row) throw notFound(`No accountability record of agency ${id}`);
    return row;
  }

  @Get('contracts')
  @Permission('accountability.read')
  @ApiOperation({
    summary:
      'Per contract: progress, accepted versus paid, next due milestone, overdue; filters and cursor paging',
  })
  async contracts(@Query() q: ContractAccountabilityQuery) {
    return this.queries.execute(
      new ReadModelQuery('accountability', q, (store) =>
        contractAccountability(store, {
          agencyId: q.agencyId,
          supplierId: q.supplierId,
          status: q.status,
          overdueAt: q.overdueAt,
          limit: q.limit ?? 50,
          cursor: q.cursor ?? null,
        }),
      ),
    );
  }

  @Get('contracts/:id')
  @Permission('accountability.read')
  @ApiOperation({
    summary: 'One contract with its milestones (overdue judged at `at`, default now)',
  })
  async contract(@Param() { id }: IdParams, @Query() q: AtQuery) {
    const { at, row, milestones } = await this.queries.execute(
      new ReadModelQuery('accountability', q, async (store) => {
        const at = q.at ?? this.clock().toISOString();
        const row = await contractAccountabilityOf(store, id);
        if (!row) return { at, row, milestones: null };
        return {
          at,
          row,
          milestones: await milestoneAccountability(store, { contractId: id, limit: 500 }),
        };
      }),
    );
    if (!row || !milestones) throw notFound(`No accountability record of contract ${id}`);
    const overdue =
      (row.status === 'active' || row.status === 'suspended') &&
      row.nextDueAt !== null &&
      row.nextDueAt < at;
    return { ...row, overdue, at, milestones: milestones.items };
  }
}
