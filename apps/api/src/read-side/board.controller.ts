import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock } from '@contract-ledger/application';
import {
  awardedTenders,
  openTenders,
  publishedTenders,
  signedContracts,
  type BoardTenderRow,
} from '@contract-ledger/read-store-sql';
import { Permission } from '../platform';
import { BoardQuery } from './read-side.dto';
import { ReadModelQuery } from './read-model.query';

const BOARD_EXAMPLE = {
  tenderId: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
  agencyId: '0190f5a2-0000-7000-8000-0000000000a1',
  title: 'Home care for elderly residents',
  method: 'open',
  serviceCategory: 'elderly_care',
  currency: 'CNY',
  estimatedValue: 100_000_000,
  status: 'published',
  deadline: '2026-04-01T09:00:00.000Z',
  publishedAt: '2026-03-02T09:00:00.000Z',
  openedBids: null,
  awardedSupplierId: null,
  awardedAmount: null,
  awardedAt: null,
  contractId: null,
  contractValue: null,
  contractSignedAt: null,
};

/** The board shows what is public: never drafts, never a bid count before opening (the projection keeps it null). */
function boardItem(row: BoardTenderRow) {
  const { position: _position, updatedAt: _updatedAt, closedAt: _closedAt, ...item } = row;
  return item;
}

const page = (q: BoardQuery) => ({
  agencyId: q.agencyId,
  serviceCategory: q.serviceCategory,
  limit: q.limit ?? 50,
  cursor: q.cursor ?? null,
});

/**
 * The one public tender list: every published tender (never a draft), newest publication first,
 * from the tender_board read model with cursor paging, so its cost does not grow with the log
 * (it folded the whole log per request before; docs/performance.md "Read routes"). Served at
 * /api/v1/public/tenders and, for whoever tries the obvious URL first, at /api/v1/tenders.
 * One tender in full: GET /api/v1/public/tenders/{id}, or /api/v1/tenders/{id} for its agency.
 */
@ApiTags('public')
@Controller('api/v1')
export class TenderListController {
  constructor(private readonly queries: QueryBus) {}

  @Get('public/tenders')
  @Permission('tender.read-public')
  @ApiOperation({
    summary: 'Published tenders (whatever became of them), newest publication first; cursor paging',
  })
  @ApiOkResponse({
    description: '{ items, nextCursor }',
    schema: { example: { items: [BOARD_EXAMPLE], nextCursor: null } },
  })
  list(@Query() q: BoardQuery) {
    return this.published(q);
  }

  @Get('tenders')
  @Permission('tender.read-public')
  @ApiOperation({
    summary:
      'The public tender list again (as GET /api/v1/public/tenders); drafts are read one by one at /api/v1/tenders/{id}',
  })
  @ApiOkResponse({
    description: '{ items, nextCursor }',
    schema: { example: { items: [BOARD_EXAMPLE], nextCursor: null } },
  })
  tenders(@Query() q: BoardQuery) {
    return this.published(q);
  }

  private async published(q: BoardQuery) {
    const result = await this.queries.execute(
      new ReadModelQuery('tender_board', q, (store) => publishedTenders(store, page(q))),
    );
    return { items: result.items.map(boardItem), nextCursor: result.nextCursor };
  }
}

/** The public tender board, from the tender_board read model; no token needed. */
@ApiTags('public')
@Controller('api/v1/public/board')
export class BoardController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('open-tenders')
  @Permission('tender.read-public')
  @ApiOperation({ summary: 'Published tenders still taking bids, nearest deadline first' })
  @ApiOkResponse({
    description: '{ at, items, nextCursor }',
    schema: {
      example: { at: '2026-03-02T09:00:00.000Z', items: [BOARD_EXAMPLE], nextCursor: null },
    },
  })
  async open(@Query() q: BoardQuery) {
    // The instant is taken once the read model is fresh enough: a page never says "open at" a time before it was read.
    return this.queries.execute(
      new ReadModelQuery('tender_board', q, async (store) => {
        const at = this.clock().toISOString();
        const open = await openTenders(store, at, page(q));
        return { at, items: open.items.map(boardItem), nextCursor: open.nextCursor };
      }),
    );
  }

  @Get('awards')
  @Permission('tender.read-public')
  @ApiOperation({ summary: 'Awarded tenders, newest first, with the contract once signed' })
  @ApiOkResponse({
    description: '{ items, nextCursor }',
    schema: {
      example: {
        items: [
          {
            ...BOARD_EXAMPLE,
            status: 'awarded',
            openedBids: 3,
            awardedSupplierId: '0190f5a2-0000-7000-8000-0000000000s1',
            awardedAmount: 98_000_000,
            awardedAt: '2026-04-03T09:00:00.000Z',
          },
        ],
        nextCursor: null,
      },
    },
  })
  async awards(@Query() q: BoardQuery) {
    const rows = await this.queries.execute(
      new ReadModelQuery('tender_board', q, (store) => awardedTenders(store, page(q))),
    );
    return { items: rows.items.map(boardItem), nextCursor: rows.nextCursor };
  }

  @Get('contracts')
  @Permission('contract.read-public')
  @ApiOperation({ summary: 'Signed contracts, newest first' })
  @ApiOkResponse({
    description: '{ items, nextCursor }',
    schema: {
      example: {
        items: [
          {
            ...BOARD_EXAMPLE,
            status: 'awarded',
            contractId: '0190f5a2-0000-7000-8000-0000000000c1',
            contractValue: 98_000_000,
            contractSignedAt: '2026-04-10T09:00:00.000Z',
          },
        ],
        nextCursor: null,
      },
    },
  })
  async contracts(@Query() q: BoardQuery) {
    const rows = await this.queries.execute(
      new ReadModelQuery('tender_board', q, (store) => signedContracts(store, page(q))),
    );
    return { items: rows.items.map(boardItem), nextCursor: rows.nextCursor };
  }
}
