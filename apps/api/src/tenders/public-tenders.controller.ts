import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommandRuntime,
  isPublic,
  listPublicTenders,
  publicTenderView,
  tenderState,
} from '@contract-ledger/application';
import { IdParams } from '../common/dto';
import { notFound, Permission, versioned } from '../platform';
import { PageQuery } from './tenders.dto';

/** Open data without a token: published tenders and awards, never bids, evaluators or drafts. */
@ApiTags('public')
@Controller('api/v1/public/tenders')
export class PublicTendersController {
  constructor(private readonly runtime: CommandRuntime) {}

  @Get()
  @Permission('tender.read-public')
  @ApiOperation({ summary: 'Published tenders and their awards, newest first' })
  @ApiOkResponse({ description: '{ total, limit, offset, items }' })
  async list(@Query() query: PageQuery) {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const { total, items } = await listPublicTenders(this.runtime.store, { limit, offset });
    return { total, limit, offset, items };
  }

  @Get(':id')
  @Permission('tender.read-public')
  @ApiOperation({ summary: 'One published tender with its award' })
  @ApiOkResponse({ description: 'The public view; ETag is the tender stream revision' })
  async read(@Param() { id }: IdParams) {
    const { state, revision } = await tenderState(this.runtime.store, id);
    // A draft is not public yet: to the public it does not exist.
    if (!isPublic(state)) throw notFound(`No published tender ${id}`);
    return versioned(publicTenderView(state), revision);
  }
}
