import { Body, Controller, Get, Param, ParseUUIDPipe, type ArgumentMetadata } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
} from '@contract-ledger/application';
import type { MilestoneTerms, Money } from '@contract-ledger/domain';
import { uuidv7 } from '@contract-ledger/event-store';
import {
  CommandContextOf,
  CommandRoute,
  CurrentAccess,
  CurrentActor,
  Permission,
  validationFailed,
  versioned,
  type Access,
} from '../platform';
import {
  AmendContractDto,
  AmendmentResponseDto,
  ApprovalResponseDto,
  ApproveAmendmentDto,
  AssignContractEvaluatorDto,
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

/**
 * A path id that is not a UUID is a 400 naming the parameter, like any other bad field; one that
 * is comes lowercased, as the validation pipe gives every @IsUUID field (UuidCase).
 */
class PathUuidPipe extends ParseUUIDPipe {
  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    return (await super.transform(value, metadata)).toLowerCase();
  }
}
const uuid = (field: string) =>
  new PathUuidPipe({
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

@ApiTags('contracts')
@Controller('api/v1/contracts')
export class ContractsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @CommandRoute({
    permission: 'contract.sign',
    status: 201,
    responseDescription: 'Signed; ETag is the contract revision',
    summary:
      'Sign the contract of an award; commits its value on the budget line in the same atomic append',
  })
  sign(@Body() body: SignContractDto, @CommandContextOf() context: CommandContext) {
    const input = {
      contractId: uuidv7(),
      tenderId: body.tenderId,
      value: money(body.value),
      advanceCapPercent: body.advanceCapPercent,
      milestones: milestones(body.milestones),
    };
    return this.commands.execute(new SignContractCommand(input, context));
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
    const read = await this.queries.execute(
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

  @CommandRoute({
    path: ':contractId/evaluators',
    permission: 'contract.assign-evaluator',
    status: 201,
    summary:
      'Assign an evaluator to judge the milestone deliveries (the officer of the buying agency)',
  })
  assignEvaluator(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: AssignContractEvaluatorDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(
      new AssignContractEvaluatorCommand({ contractId, evaluatorId: body.evaluatorId }, context),
    );
  }

  @CommandRoute({
    path: ':contractId/amendment-approvals',
    permission: 'contract.approve-amendment',
    status: 201,
    response: ApprovalResponseDto,
    summary:
      'A supervisor approves raising the value past the amendment threshold, up to a ceiling',
  })
  async approveAmendment(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: ApproveAmendmentDto,
    @CommandContextOf() context: CommandContext,
  ) {
    const approvalId = uuidv7();
    const input = {
      contractId,
      approvalId,
      maxNewValue: money(body.maxNewValue),
      justification: body.justification,
    };
    return {
      ...(await this.commands.execute(new ApproveAmendmentCommand(input, context))),
      approvalId,
    };
  }

  @CommandRoute({
    path: ':contractId/amendments',
    permission: 'contract.amend',
    status: 201,
    response: AmendmentResponseDto,
    summary:
      'Amend value and schedule; a raise is committed on the budget line in the same atomic append',
  })
  async amend(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: AmendContractDto,
    @CommandContextOf() context: CommandContext,
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
    return {
      ...(await this.commands.execute(new AmendContractCommand(input, context))),
      amendmentId,
    };
  }

  @CommandRoute({
    path: ':contractId/milestones/:milestoneId/deliveries',
    permission: 'contract.report-delivery',
    status: 201,
    summary: 'The supplier reports a milestone delivered; flagged late after its due date',
  })
  reportDelivery(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Param('milestoneId', uuid('milestoneId')) milestoneId: string,
    @Body() body: ReportDeliveryDto,
    @CommandContextOf() context: CommandContext,
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
    return this.commands.execute(new ReportDeliveryCommand(input, context));
  }

  @CommandRoute({
    path: ':contractId/milestones/:milestoneId/evaluations',
    permission: 'contract.evaluate-milestone',
    status: 201,
    summary: 'An assigned evaluator judges a delivery; a rejection counts as a supplier failure',
  })
  evaluate(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Param('milestoneId', uuid('milestoneId')) milestoneId: string,
    @Body() body: EvaluateMilestoneDto,
    @CommandContextOf() context: CommandContext,
    @CurrentActor() actor: Actor,
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
    return this.commands.execute(new EvaluateMilestoneCommand(input, { ...context, affiliation }));
  }

  @CommandRoute({
    path: ':contractId/disbursements',
    permission: 'contract.disburse',
    status: 201,
    response: DisbursementResponseDto,
    summary:
      'Pay an accepted milestone share (or an advance); the cash is recorded on the budget line in the same atomic append',
  })
  async disburse(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: DisburseFundsDto,
    @CommandContextOf() context: CommandContext,
  ) {
    const disbursementId = uuidv7();
    const input = {
      contractId,
      disbursementId,
      kind: body.kind,
      milestoneId: body.milestoneId ?? null,
      amount: money(body.amount),
    };
    return {
      ...(await this.commands.execute(new DisburseFundsCommand(input, context))),
      disbursementId,
    };
  }

  @CommandRoute({
    path: ':contractId/suspend',
    permission: 'contract.suspend',
    status: 200,
    summary: 'Stop the work: no deliveries or advances until resumed',
  })
  suspend(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: SuspendContractDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(
      new SuspendContractCommand({ contractId, reason: body.reason }, context),
    );
  }

  @CommandRoute({
    path: ':contractId/resume',
    permission: 'contract.resume',
    status: 200,
    noBody: true,
    summary: 'Let a suspended contract continue',
  })
  resume(
    @Param('contractId', uuid('contractId')) contractId: string,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(new ResumeContractCommand({ contractId }, context));
  }

  @CommandRoute({
    path: ':contractId/terminate',
    permission: 'contract.terminate',
    status: 200,
    summary:
      'End the contract early: releases the unpaid commitment; for_default counts a supplier failure and may propose a debarment, all atomically',
  })
  terminate(
    @Param('contractId', uuid('contractId')) contractId: string,
    @Body() body: TerminateContractDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(
      new TerminateContractCommand(
        { contractId, reason: body.reason, explanation: body.explanation },
        context,
      ),
    );
  }

  @CommandRoute({
    path: ':contractId/complete',
    permission: 'contract.complete',
    status: 200,
    noBody: true,
    summary: 'Close a contract whose milestones are all evaluated',
  })
  complete(
    @Param('contractId', uuid('contractId')) contractId: string,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(new CompleteContractCommand({ contractId }, context));
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
    const read = await this.queries.execute(new GetContractQuery(contractId, { kind: 'public' }));
    return versioned(read.view, read.revision);
  }
}
