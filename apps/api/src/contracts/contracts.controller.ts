import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  AmendContractCommand,
  ApproveAmendmentCommand,
  AssignContractEvaluatorCommand,
  CompleteContractCommand,
  DisburseFundsCommand,
  EvaluateMilestoneCommand,
  GetContractQuery,
  ReportDeliveryCommand,
  ResumeContractCommand,
  SignContractCommand,
  SuspendContractCommand,
  TerminateContractCommand,
  type Actor,
  type CommandContext,
  type CommandResult,
  type ContractRead,
  type ContractView,
  type PublicContractView,
} from '@contract-ledger/application';
import type { MilestoneTerms, Money } from '@contract-ledger/domain';
import { uuidv7, type EventMetadata } from '@contract-ledger/event-store';
import {
  CurrentAccess,
  CurrentActor,
  IfMatch,
  Permission,
  RequestMetadata,
  validationFailed,
  versioned,
  type Access,
  type Versioned,
} from '../platform';
import {
  AmendContractDto,
  AmendmentResponseDto,
  ApprovalResponseDto,
  ApproveAmendmentDto,
  AssignEvaluatorDto,
  CommandResponseDto,
  DisburseFundsDto,
  DisbursementResponseDto,
  EvaluateMilestoneDto,
  ReportDeliveryDto,
  SignContractDto,
  SuspendContractDto,
  TerminateContractDto,
  type MilestoneDto,
} from './contracts.dto';
import type { MoneyDto } from '../common/dto';

/** A path id that is not a UUID is a 400 naming the parameter, like any other bad field. */
const uuid = (field: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () => validationFailed([{ field, messages: [`${field} must be a UUID`] }]),
  });

// The store keeps plain JSON only: DTO instances are copied field by field, which also drops
// anything class-transformer might have attached.
const money = (m: MoneyDto): Money => ({ amountMinor: m.amountMinor, currency: m.currency });
const milestones = (list: readonly MilestoneDto[]): MilestoneTerms[] =>
  list.map((m) => ({
    milestoneId: m.milestoneId,
    title: m.title,
    dueAt: m.dueAt,
    amount: money(m.amount),
    deliverables: [...m.deliverables],
    indicators: m.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      description: i.description,
      target: i.target,
    })),
  }));

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: false,
  description: 'The ETag last read (e.g. "7"); a stale one is 412',
});
const IDEMPOTENCY_KEY = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Same key and body returns the first response',
});

function context(
  metadata: EventMetadata,
  access: Access,
  expectedRevision: number | undefined,
): CommandContext {
  return {
    metadata,
    authorize: (facts) => access.require(facts),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  };
}

@ApiTags('contracts')
@Controller('api/v1/contracts')
export class ContractsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  private run<Extra extends object = object>(
    command: object,
    extra?: Extra,
  ): Promise<Versioned<CommandResult & Extra>> {
    return this.commands
      .execute<object, CommandResult>(command)
      .then((result) => versioned({ ...result, ...(extra ?? ({} as Extra)) }, result.revision));
  }

  @Post()
  @Permission('contract.sign')
  @ApiOperation({
    summary:
      'Sign the contract of an award; commits its value on the budget line in the same atomic append',
  })
  @ApiCreatedResponse({
    type: CommandResponseDto,
    description: 'Signed; ETag is the contract revision',
  })
  @IDEMPOTENCY_KEY
  sign(
    @Body() body: SignContractDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    const input = {
      contractId: uuidv7(),
      tenderId: body.tenderId,
      value: money(body.value),
      advanceCapPercent: body.advanceCapPercent,
      milestones: milestones(body.milestones),
    };
    return this.run(new SignContractCommand(input, context(metadata, access, ifMatch)));
  }

  @Get(':contractId')
  @Permission('contract.read')
  @ApiOperation({
    summary: 'The contract with its milestones, accepted versus paid; ETag is the stream revision',
  })
  @ApiOkResponse({ description: 'The contract view' })
  async read(
    @Param('contractId', uuid('contractId')) contractId: string,
    @CurrentAccess() access: Access,
  ) {
    const read = await this.queries.execute<
      GetContractQuery,
      ContractRead<ContractView | PublicContractView>
    >(
      new GetContractQuery(contractId, {
        kind: 'scoped',
        authorize: (facts) => access.require(facts),
      }),
    );
    return versioned(
      { ...read.view, revision: read.revision, position: read.position },
      read.revision,
    );
  }

  @Post(':contractId/evaluators')
  @Permission('contract.assign-evaluator')
  @ApiOperation({
    summary:
      'Assign an evaluator to judge the milestone deliveries (the officer of the buying agency)',
  })
  @ApiCreatedResponse({ type: CommandResponseDto })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  assignEvaluator(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: AssignEvaluatorDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.run(
      new AssignContractEvaluatorCommand(
        { contractId, evaluatorId: body.evaluatorId },
        context(metadata, access, ifMatch),
      ),
    );
  }

  @Post(':contractId/amendment-approvals')
  @Permission('contract.approve-amendment')
  @ApiOperation({
    summary:
      'A supervisor approves raising the value past the amendment threshold, up to a ceiling',
  })
  @ApiCreatedResponse({ type: ApprovalResponseDto })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  approveAmendment(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: ApproveAmendmentDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    const approvalId = uuidv7();
    const input = {
      contractId,
      approvalId,
      maxNewValue: money(body.maxNewValue),
      justification: body.justification,
    };
    return this.run(new ApproveAmendmentCommand(input, context(metadata, access, ifMatch)), {
      approvalId,
    });
  }

  @Post(':contractId/amendments')
  @Permission('contract.amend')
  @ApiOperation({
    summary:
      'Amend value and schedule; a raise is committed on the budget line in the same atomic append',
  })
  @ApiCreatedResponse({ type: AmendmentResponseDto })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  amend(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: AmendContractDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    const amendmentId = uuidv7();
    const input = {
      contractId,
      amendmentId,
      rationale: body.rationale,
      justification: body.justification,
      newValue: money(body.newValue),
      milestones: milestones(body.milestones),
      supervisorApprovalId: body.supervisorApprovalId ?? null,
    };
    return this.run(new AmendContractCommand(input, context(metadata, access, ifMatch)), {
      amendmentId,
    });
  }

  @Post(':contractId/milestones/:milestoneId/deliveries')
  @Permission('contract.report-delivery')
  @ApiOperation({
    summary: 'The supplier reports a milestone delivered; flagged late after its due date',
  })
  @ApiCreatedResponse({ type: CommandResponseDto })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  reportDelivery(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Param('milestoneId', uuid('milestoneId')) milestoneId: string,
    @Body() body: ReportDeliveryDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    const input = {
      contractId,
      milestoneId,
      evidenceDigests: [...body.evidenceDigests],
      indicatorResults: body.indicatorResults.map((r) => ({
        indicatorId: r.indicatorId,
        value: r.value,
        met: r.met,
      })),
    };
    return this.run(new ReportDeliveryCommand(input, context(metadata, access, ifMatch)));
  }

  @Post(':contractId/milestones/:milestoneId/evaluations')
  @Permission('contract.evaluate-milestone')
  @ApiOperation({
    summary: 'An assigned evaluator judges a delivery; a rejection counts as a supplier failure',
  })
  @ApiCreatedResponse({ type: CommandResponseDto })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  evaluate(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Param('milestoneId', uuid('milestoneId')) milestoneId: string,
    @Body() body: EvaluateMilestoneDto,
    @CurrentAccess() access: Access,
    @CurrentActor() actor: Actor,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    const input = {
      contractId,
      milestoneId,
      verdict: body.verdict,
      acceptedShareBps: body.acceptedShareBps,
      score: body.score,
      comments: body.comments,
    };
    const affiliation = { agencyId: actor.agencyId ?? null, supplierId: actor.supplierId ?? null };
    return this.run(
      new EvaluateMilestoneCommand(input, { ...context(metadata, access, ifMatch), affiliation }),
    );
  }

  @Post(':contractId/disbursements')
  @Permission('contract.disburse')
  @ApiOperation({
    summary:
      'Pay an accepted milestone share (or an advance); the cash is recorded on the budget line in the same atomic append',
  })
  @ApiCreatedResponse({ type: DisbursementResponseDto })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  disburse(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: DisburseFundsDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    const disbursementId = uuidv7();
    const input = {
      contractId,
      disbursementId,
      kind: body.kind,
      milestoneId: body.milestoneId ?? null,
      amount: money(body.amount),
    };
    return this.run(new DisburseFundsCommand(input, context(metadata, access, ifMatch)), {
      disbursementId,
    });
  }

  @Post(':contractId/suspend')
  @HttpCode(200)
  @Permission('contract.suspend')
  @ApiOperation({ summary: 'Stop the work: no deliveries or advances until resumed' })
  @ApiOkResponse({ type: CommandResponseDto })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  suspend(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: SuspendContractDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.run(
      new SuspendContractCommand(
        { contractId, reason: body.reason },
        context(metadata, access, ifMatch),
      ),
    );
  }

  @Post(':contractId/resume')
  @HttpCode(200)
  @Permission('contract.resume')
  @ApiOperation({ summary: 'Let a suspended contract continue' })
  @ApiOkResponse({ type: CommandResponseDto })
  @ApiBody({
    required: false,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  resume(
    @Param('contractId', uuid('contractId')) contractId: string,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.run(new ResumeContractCommand({ contractId }, context(metadata, access, ifMatch)));
  }

  @Post(':contractId/terminate')
  @HttpCode(200)
  @Permission('contract.terminate')
  @ApiOperation({
    summary:
      'End the contract early: releases the unpaid commitment; for_default counts a supplier failure and may propose a debarment, all atomically',
  })
  @ApiOkResponse({ type: CommandResponseDto })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  terminate(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: TerminateContractDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.run(
      new TerminateContractCommand(
        { contractId, reason: body.reason, explanation: body.explanation },
        context(metadata, access, ifMatch),
      ),
    );
  }

  @Post(':contractId/complete')
  @HttpCode(200)
  @Permission('contract.complete')
  @ApiOperation({ summary: 'Close a contract whose milestones are all evaluated' })
  @ApiOkResponse({ type: CommandResponseDto })
  @ApiBody({
    required: false,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  complete(
    @Param('contractId', uuid('contractId')) contractId: string,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return this.run(
      new CompleteContractCommand({ contractId }, context(metadata, access, ifMatch)),
    );
  }
}

@ApiTags('public')
@Controller('api/v1/public/contracts')
export class PublicContractsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':contractId')
  @Permission('contract.read-public')
  @ApiOperation({
    summary: 'A signed contract as the public sees it: terms and progress, no personal data',
  })
  @ApiOkResponse({ description: 'The public contract view' })
  async read(@Param('contractId', uuid('contractId')) contractId: string) {
    const read = await this.queries.execute<
      GetContractQuery,
      ContractRead<ContractView | PublicContractView>
    >(new GetContractQuery(contractId, { kind: 'public' }));
    return versioned(read.view, read.revision);
  }
}
