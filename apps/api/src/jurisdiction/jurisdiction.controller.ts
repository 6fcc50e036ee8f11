import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PROCUREMENT_POLICY } from '@contract-ledger/application';
import { DEFAULT_POLICY, type Policy } from '@contract-ledger/domain';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Permission } from '../platform';

/**
 * The procurement policy in force (LEDGER_POLICY_FILE over the defaults), public like the tenders
 * published under it: a bidder learns the minimum submission period here, and `ledger demo --url`
 * checks it before writing anything. `sandbox` says whether this is a sandbox deployment
 * (LEDGER_SANDBOX, ADR 0010; the length of its days is `policy.dayMs`), so a client such as the
 * web console can say so on every page without reading an event first.
 */
@ApiTags('public')
@Controller('api/v1/public/policy')
export class JurisdictionController {
  constructor(
    @Inject(PROCUREMENT_POLICY) private readonly policy: Policy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Permission('tender.read-public')
  @ApiOperation({
    summary:
      'The procurement policy in force: submission periods, thresholds, caps; and whether this is a sandbox',
  })
  @ApiOkResponse({
    description:
      '{ policy, sandbox }: sandbox is true in a sandbox deployment (LEDGER_SANDBOX), whose policy days last policy.dayMs',
    schema: { example: { policy: DEFAULT_POLICY, sandbox: false } },
  })
  read() {
    return { policy: this.policy, sandbox: this.config.sandbox };
  }
}
