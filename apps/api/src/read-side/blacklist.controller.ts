import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CLOCK,
  EntityStateQuery,
  SupplierAsKnownQuery,
  type Clock,
} from '@contract-ledger/application';
import { activeDebarmentAt } from '@contract-ledger/domain';
import { debarmentHistory, publicBlacklist } from '@contract-ledger/read-store-sql';
import { notFound, Permission } from '../platform';
import { ReadModelQuery } from './read-model.query';
import {
  BlacklistAtQuery,
  BlacklistHistoryQuery,
  CursorPageQuery,
  SupplierParams,
} from './read-side.dto';

const PUBLIC_DEBARMENT_EXAMPLE = {
  supplierId: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
  supplierName: 'Sunrise Home Care',
  grounds: 'Falsified visit logs',
  authority: 'Municipal Finance Bureau',
  from: '2026-03-02T09:00:00.000Z',
  until: '2027-03-02T09:00:00.000Z',
  indefinite: false,
};

/** The blacklist: public list of debarments in force, the full record for oversight, and "was X debarred at T". */
@ApiTags('blacklist')
@Controller('api/v1/blacklist')
export class BlacklistController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Permission('blacklist.read')
  @ApiOperation({
    summary:
      'Debarments in force now (public): supplier, grounds, authority, from, until or indefinite',
    description:
      'No evidence references or proposal ids: those point into files about people. Oldest first; cursor paging.',
  })
  @ApiOkResponse({
    description: '{ at, items, nextCursor }',
    schema: {
      example: {
        at: '2026-03-02T09:00:00.000Z',
        items: [PUBLIC_DEBARMENT_EXAMPLE],
        nextCursor: null,
      },
    },
  })
  async list(@Query() q: CursorPageQuery) {
    return this.queries.execute(
      new ReadModelQuery('blacklist', q, async (store) => {
        const at = this.clock().toISOString();
        const page = await publicBlacklist(store, at, {
          limit: q.limit ?? 50,
          cursor: q.cursor ?? null,
        });
        return { at, ...page };
      }),
    );
  }

  @Get('history')
  @Permission('blacklist-history.read')
  @ApiOperation({
    summary:
      'Every debarment ever imposed, lifted and expired ones included, with evidence and lifting reason; in log order',
  })
  @ApiOkResponse({
    description: '{ items, nextCursor }',
    schema: {
      example: {
        items: [
          {
            ...PUBLIC_DEBARMENT_EXAMPLE,
            debarmentId: '0190f5a2-8000-7000-8000-0000000000d1',
            defaultLengthApplied: false,
            evidenceEventIds: ['0190f5a2-8000-7000-8000-0000000000e1'],
            proposalId: null,
            debarredAt: '2026-03-02T09:00:00.000Z',
            liftedAt: '2026-06-01T09:00:00.000Z',
            liftReason: 'Appeal upheld',
            effectiveUntil: '2026-06-01T09:00:00.000Z',
            eventId: '0190f5a2-8000-7000-8000-0000000000e2',
            position: 77,
          },
        ],
        nextCursor: null,
      },
    },
  })
  async history(@Query() q: BlacklistHistoryQuery) {
    return this.queries.execute(
      new ReadModelQuery('blacklist', q, (store) =>
        debarmentHistory(store, {
          supplierId: q.supplierId,
          limit: q.limit ?? 50,
          cursor: q.cursor ?? null,
        }),
      ),
    );
  }

  @Get(':supplierId/at')
  @Permission('blacklist.read')
  @ApiOperation({
    summary: 'Was the supplier debarred at this instant? (public)',
    description:
      "Answered from the log, not a read model: the supplier's stream folded through the supplier decider, then the decider's own activeDebarmentAt(instant). Bitemporal: `instant` is valid time, `knownAt` record time. By default as the record stands now (a debarment lifted since still shows as in force at an instant before the lifting; one corrected or annulled since shows corrected); with knownAt, as the register stood then (only the events the ledger had recorded by then, by their recordedAt: a decision entered later than it was taken was not known before its entry).",
  })
  @ApiOkResponse({
    description: 'The answer',
    schema: {
      example: {
        supplierId: PUBLIC_DEBARMENT_EXAMPLE.supplierId,
        instant: '2026-04-01T00:00:00Z',
        knownAt: '2026-04-02T00:00:00.000Z',
        debarred: true,
        debarment: PUBLIC_DEBARMENT_EXAMPLE,
      },
    },
  })
  async at(@Param() { supplierId }: SupplierParams, @Query() q: BlacklistAtQuery) {
    // Bitemporal: `instant` is valid time (when a debarment applies), `knownAt` record time (the
    // facts the register held then: corrections recorded later are not known yet).
    const knownAt = q.knownAt ?? null;
    const state =
      knownAt === null
        ? (await this.queries.execute(new EntityStateQuery('supplier', supplierId))).state
        : await this.queries.execute(new SupplierAsKnownQuery(supplierId, knownAt));
    if (state.status !== 'registered') throw notFound(`No supplier ${supplierId}`);
    const instant = q.instant ?? this.clock().toISOString();
    const d = activeDebarmentAt(state, instant);
    return {
      supplierId,
      instant,
      knownAt: knownAt ?? this.clock().toISOString(),
      debarred: d !== null,
      debarment:
        d === null
          ? null
          : {
              supplierId,
              supplierName: state.registration.name,
              grounds: d.recorded.grounds,
              authority: d.recorded.authority,
              from: d.from,
              until: d.until,
              indefinite: d.until === null,
              liftedAt: d.liftedAt,
              corrected: d.corrections.length > 0,
            },
    };
  }
}
