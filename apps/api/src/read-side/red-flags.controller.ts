import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  RED_FLAG_CODES,
  type RedFlagCode,
  type RedFlagEntityKind,
} from '@contract-ledger/projections';
import { redFlagsList, redFlagsOf } from '@contract-ledger/read-store-sql';
import { Permission, validationFailed } from '../platform';
import { ReadModelQuery } from './read-model.query';
import { RedFlagsQuery } from './read-side.dto';

/** Procedures that look wrong, each flag with its code, entity and the event ids that raised it (docs/red-flags.md). */
@ApiTags('red-flags')
@Controller('api/v1/red-flags')
export class RedFlagsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Permission('red-flags.read')
  @ApiOperation({
    summary:
      'Red flags, newest first, by code, entity (<kind>:<id>), agency, supplier and time; cursor paging',
    description:
      'With `entity`: the flags about that tender, contract, milestone or supplier, oldest first (the other filters do not apply).',
  })
  @ApiOkResponse({
    description: '{ items, nextCursor }',
    schema: {
      example: {
        items: [
          {
            flagId: 'SINGLE_BID:tender:0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
            code: 'SINGLE_BID',
            entityKind: 'tender',
            entityId: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
            eventIds: ['0190f5a2-8000-7000-8000-000000000042'],
            raisedAt: '2026-04-02T09:00:00.000Z',
          },
        ],
        nextCursor: null,
      },
    },
  })
  async list(@Query() q: RedFlagsQuery) {
    if (q.code !== undefined && !(RED_FLAG_CODES as readonly string[]).includes(q.code)) {
      throw validationFailed([
        { field: 'code', messages: [`code must be one of ${RED_FLAG_CODES.join(', ')}`] },
      ]);
    }
    const page = { limit: q.limit ?? 50, cursor: q.cursor ?? null };
    if (q.entity !== undefined) {
      const [kind, mixedCaseId] = q.entity.split(':') as [RedFlagEntityKind, string];
      const id = mixedCaseId.toLowerCase();
      const flags = await this.queries.execute(
        new ReadModelQuery('red_flags', q, (store) => redFlagsOf(store, kind, id, page)),
      );
      return q.code === undefined
        ? flags
        : { ...flags, items: flags.items.filter((f) => f.code === q.code) };
    }
    return this.queries.execute(
      new ReadModelQuery('red_flags', q, (store) =>
        redFlagsList(store, {
          code: q.code as RedFlagCode | undefined,
          agencyId: q.agencyId,
          supplierId: q.supplierId,
          from: q.from,
          to: q.to,
          ...page,
        }),
      ),
    );
  }
}
