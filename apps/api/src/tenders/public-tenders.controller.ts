import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntityStateQuery, isPublic, publicTenderView } from '@contract-ledger/application';
import { IdParams } from '../common/dto';
import { contentTagged, notFound, Permission } from '../platform';

/**
 * Open data without a token: one published tender with its award, never bids, evaluators or
 * drafts. The list of them is TenderListController's (read-side, from the tender_board read model).
 */
@ApiTags('public')
@Controller('api/v1/public/tenders')
export class PublicTendersController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Permission('tender.read-public')
  @ApiOperation({ summary: 'One published tender with its award' })
  @ApiOkResponse({
    description:
      'The public view; ETag is a weak tag of the body, never the stream revision: a bid moves the revision, and the public may not know of bids before opening',
  })
  async read(@Param() { id }: IdParams) {
    const { state, disclosure } = await this.queries.execute(new EntityStateQuery('tender', id));
    // A draft is not public yet: to the public it does not exist.
    if (!isPublic(state)) throw notFound(`No published tender ${id}`);
    return contentTagged(publicTenderView(state, disclosure));
  }
}
