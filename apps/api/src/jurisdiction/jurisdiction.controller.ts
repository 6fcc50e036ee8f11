import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PROCUREMENT_POLICY } from '@contract-ledger/application';
import { DEFAULT_POLICY, type Policy } from '@contract-ledger/domain';
import { Permission } from '../platform';

/**
 * The procurement policy in force (LEDGER_POLICY_FILE over the defaults), public like the tenders
 * published under it: a bidder learns the minimum submission period here, and `ledger demo --url`
 * checks it before writing anything.
 */
@ApiTags('public')
@Controller('api/v1/public/policy')
export class JurisdictionController {
  constructor(@Inject(PROCUREMENT_POLICY) private readonly policy: Policy) {}

  @Get()
  @Permission('tender.read-public')
  @ApiOperation({
    summary: 'The procurement policy in force: submission periods, thresholds, caps',
  })
  @ApiOkResponse({ description: '{ policy }', schema: { example: { policy: DEFAULT_POLICY } } })
  read() {
    return { policy: this.policy };
  }
}
