import { Body, Controller, Get, Param } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AmendTenderCommand,
  AnswerQuestionCommand,
  AskQuestionCommand,
  AssignEvaluatorCommand,
  authorize,
  AwardTenderCommand,
  bidListView,
  CancelTenderCommand,
  EntityStateQuery,
  ConfirmBidCommand,
  DeclareConflictCommand,
  DecideComplaintCommand,
  DisqualifyBidCommand,
  DraftTenderCommand,
  FileComplaintCommand,
  isPublic,
  mayReadTender,
  OpenBidsCommand,
  PublishTenderCommand,
  ScoreBidCommand,
  SubmitBidCommand,
  tenderFacts,
  tenderView,
  WithdrawBidCommand,
  type CommandContext,
  type ResourceFacts,
} from '@contract-ledger/application';
import type { TenderRecord } from '@contract-ledger/domain';
import type { Disclosure } from '@contract-ledger/feed';
import { uuidv7 } from '@contract-ledger/event-store';
import { uuidFrom } from '../common/command-http';
import { IdParams } from '../common/dto';
import {
  CommandContextOf,
  CommandRoute,
  contentTagged,
  CurrentAccess,
  notFound,
  Permission,
  versioned,
  type Access,
} from '../platform';
import {
  AmendTenderDto,
  AnswerQuestionDto,
  AskQuestionDto,
  AssignEvaluatorDto,
  AwardTenderDto,
  BidParams,
  ComplaintParams,
  DeclareConflictDto,
  DecideComplaintDto,
  DraftTenderDto,
  FileComplaintDto,
  PublishTenderDto,
  QuestionParams,
  ReasonDto,
  ScoreBidDto,
  SubmitBidDto,
} from './tenders.dto';

/** class-transformer leaves absent optional fields as undefined keys; an amendment must name only what it changes. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A supplier acts on its own bid: the supplier is the token's, never a parameter. */
function ownBid(tenderId: string, bidId: string, access: Access) {
  return { tenderId, bidId, supplierId: uuidFrom(access.actor?.supplierId, 'supplierId') };
}

@ApiTags('tenders')
@Controller('api/v1/tenders')
export class TendersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  private async existing(
    id: string,
  ): Promise<{ state: TenderRecord; revision: number; disclosure: Disclosure }> {
    const { state, revision, disclosure } = await this.queries.execute(
      new EntityStateQuery('tender', id),
    );
    if (state.status === 'none') throw notFound(`No tender ${id}`);
    return { state, revision, disclosure };
  }

  /**
   * No existence oracle (docs/api.md "Not found or forbidden"): a caller the policy refuses gets
   * 403 only for a tender anybody may know exists (published or later); for a draft it gets the
   * 404 of a tender that does not exist, word for word.
   */
  private admit(
    access: Access,
    state: TenderRecord,
    facts: ResourceFacts,
    allowed = authorize(access.actor, access.permission, facts).allowed,
  ): void {
    if (allowed) return;
    const id = state.tenderId;
    if (!isPublic(state)) throw notFound(`No tender ${id}`);
    access.require(facts);
  }

  @CommandRoute({
    permission: 'tender.draft',
    revisionReaders: 'tender.read',
    status: 201,
    summary: "Draft a tender for the officer's agency (DraftTender)",
  })
  draft(
    @Body() body: DraftTenderDto,
    @CurrentAccess() access: Access,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = {
      ...body,
      tenderId: body.tenderId ?? uuidv7(),
      agencyId: body.agencyId ?? uuidFrom(access.actor?.agencyId, 'agencyId'),
    };
    return this.commands.execute(new DraftTenderCommand(input, context));
  }

  @Get(':id')
  @Permission('tender.read')
  @ApiOperation({
    summary:
      'The tender for its agency, assigned evaluators and oversight; bids are counts only until opened',
  })
  @ApiOkResponse({ description: 'The tender; ETag is its stream revision' })
  async read(@Param() { id }: IdParams, @CurrentAccess() access: Access) {
    const { state, revision, disclosure } = await this.existing(id);
    // mayReadTender: tender.read, and a draft is not the review body's.
    this.admit(access, state, tenderFacts(state), mayReadTender(access.actor, state));
    return versioned(tenderView(state, disclosure, access.actor), revision);
  }

  @Get(':id/bids')
  @Permission('bid.read')
  @ApiOperation({
    summary:
      "A supplier's own bids; for the agency, evaluators and oversight the count until opening, then every bid",
  })
  @ApiOkResponse({
    description:
      "The bids; ETag is the tender stream revision, for a supplier a weak tag of the body (others' bids move the revision)",
  })
  async bids(@Param() { id }: IdParams, @CurrentAccess() access: Access) {
    const { state, revision, disclosure } = await this.existing(id);
    const supplierId = access.actor?.role === 'supplier' ? access.actor.supplierId : undefined;
    if (supplierId !== undefined) {
      // A supplier bids on published tenders only: a draft has no bid of its own to show, and to a supplier it does not exist.
      if (!isPublic(state)) throw notFound(`No tender ${id}`);
      access.require({ supplierId });
      // Not the revision: other suppliers' bids move it, and a bidder may not know of them.
      return contentTagged(
        bidListView(state, disclosure, { kind: 'bidder', supplierId }, access.actor),
      );
    }
    this.admit(access, state, tenderFacts(state));
    return versioned(bidListView(state, disclosure, { kind: 'insider' }, access.actor), revision);
  }

  @CommandRoute({
    path: ':id/publish',
    permission: 'tender.publish',
    revisionReaders: 'tender.read',
    status: 200,
    summary:
      'Publish the notice and reserve the estimate on the budget line (PublishTender + ReserveFunds)',
  })
  publish(
    @Param() { id }: IdParams,
    @Body() body: PublishTenderDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(new PublishTenderCommand({ ...body, tenderId: id }, context));
  }

  @CommandRoute({
    path: ':id/amendments',
    permission: 'tender.amend',
    revisionReaders: 'tender.read',
    status: 201,
    summary:
      'Change terms or deadline; material changes void the bids until confirmed (AmendTender)',
  })
  amend(
    @Param() { id }: IdParams,
    @Body() body: AmendTenderDto,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = {
      tenderId: id,
      reason: body.reason,
      changes: definedOnly(body.changes),
      ...(body.deadline === undefined ? {} : { deadline: body.deadline }),
      ...(body.complaintId === undefined ? {} : { complaintId: body.complaintId }),
    };
    return this.commands.execute(new AmendTenderCommand(input, context));
  }

  @CommandRoute({
    path: ':id/cancel',
    permission: 'tender.cancel',
    revisionReaders: 'tender.read',
    status: 200,
    summary: 'Abandon the procurement and free its reservation (CancelTender + ReleaseReservation)',
  })
  cancel(
    @Param() { id }: IdParams,
    @Body() body: ReasonDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(new CancelTenderCommand({ ...body, tenderId: id }, context));
  }

  @CommandRoute({
    path: ':id/evaluators',
    permission: 'tender.assign-evaluator',
    revisionReaders: 'tender.read',
    status: 201,
    summary: 'Add an evaluator to the panel (AssignEvaluator)',
  })
  assign(
    @Param() { id }: IdParams,
    @Body() body: AssignEvaluatorDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(new AssignEvaluatorCommand({ ...body, tenderId: id }, context));
  }

  @CommandRoute({
    path: ':id/bids',
    permission: 'bid.submit',
    revisionReaders: 'tender.read',
    status: 201,
    summary: 'Submit a sealed bid for the calling supplier (SubmitBid)',
  })
  submit(
    @Param() { id }: IdParams,
    @Body() body: SubmitBidDto,
    @CurrentAccess() access: Access,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = {
      ...body,
      tenderId: id,
      bidId: body.bidId ?? uuidv7(),
      supplierId: uuidFrom(access.actor?.supplierId, 'supplierId'),
    };
    return this.commands.execute(new SubmitBidCommand(input, context));
  }

  @CommandRoute({
    path: ':id/bids/:bidId/withdraw',
    permission: 'bid.withdraw',
    revisionReaders: 'tender.read',
    status: 200,
    summary: 'Take an own bid back before the deadline (WithdrawBid)',
  })
  withdraw(
    @Param() { id, bidId }: BidParams,
    @CurrentAccess() access: Access,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(new WithdrawBidCommand(ownBid(id, bidId, access), context));
  }

  @CommandRoute({
    path: ':id/bids/:bidId/confirm',
    permission: 'bid.confirm',
    revisionReaders: 'tender.read',
    status: 200,
    summary: 'Confirm an own bid voided by a material amendment (ConfirmBid)',
  })
  confirm(
    @Param() { id, bidId }: BidParams,
    @CurrentAccess() access: Access,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(new ConfirmBidCommand(ownBid(id, bidId, access), context));
  }

  @CommandRoute({
    path: ':id/bids/:bidId/disqualify',
    permission: 'bid.disqualify',
    revisionReaders: 'tender.read',
    status: 200,
    summary: 'Take an opened bid out of the evaluation (DisqualifyBid)',
  })
  disqualify(
    @Param() { id, bidId }: BidParams,
    @Body() body: ReasonDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(
      new DisqualifyBidCommand({ ...body, tenderId: id, bidId }, context),
    );
  }

  @CommandRoute({
    path: ':id/open-bids',
    permission: 'tender.open-bids',
    revisionReaders: 'tender.read',
    status: 200,
    summary:
      'Open the bids after the deadline, or record the failure for want of valid bids (OpenBids)',
  })
  open(@Param() { id }: IdParams, @CommandContextOf() context: CommandContext) {
    return this.commands.execute(new OpenBidsCommand({ tenderId: id }, context));
  }

  @CommandRoute({
    path: ':id/conflicts',
    permission: 'bid.declare-conflict',
    revisionReaders: 'tender.read',
    status: 201,
    summary: 'The calling evaluator declares a conflict with a supplier (DeclareConflict)',
  })
  conflict(
    @Param() { id }: IdParams,
    @Body() body: DeclareConflictDto,
    @CurrentAccess() access: Access,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = { ...body, tenderId: id, evaluatorId: access.actor?.id ?? '' };
    return this.commands.execute(new DeclareConflictCommand(input, context));
  }

  @CommandRoute({
    path: ':id/bids/:bidId/scores',
    permission: 'bid.score',
    revisionReaders: 'tender.read',
    status: 201,
    summary: "The calling evaluator's scores for some criteria of one bid (ScoreBid)",
  })
  score(
    @Param() { id, bidId }: BidParams,
    @Body() body: ScoreBidDto,
    @CurrentAccess() access: Access,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = { ...body, tenderId: id, bidId, evaluatorId: access.actor?.id ?? '' };
    // The agency an evaluator's token names as its employer: the buyer's own staff cannot score.
    const evaluatorAgencyId = access.actor?.agencyId ?? null;
    return this.commands.execute(new ScoreBidCommand(input, { ...context, evaluatorAgencyId }));
  }

  @CommandRoute({
    path: ':id/award',
    permission: 'tender.award',
    revisionReaders: 'tender.read',
    status: 200,
    summary:
      'Award to a bid; other than the best weighted score needs a rationale and is flagged (AwardTender)',
  })
  award(
    @Param() { id }: IdParams,
    @Body() body: AwardTenderDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(new AwardTenderCommand({ ...body, tenderId: id }, context));
  }

  @CommandRoute({
    path: ':id/complaints',
    permission: 'tender.file-complaint',
    revisionReaders: 'tender.read',
    status: 201,
    summary:
      'The calling bidder complains about the award or the tender conditions during the standstill (FileComplaint)',
  })
  complain(
    @Param() { id }: IdParams,
    @Body() body: FileComplaintDto,
    @CurrentAccess() access: Access,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = {
      ...body,
      tenderId: id,
      complaintId: body.complaintId ?? uuidv7(),
      supplierId: uuidFrom(access.actor?.supplierId, 'supplierId'),
    };
    return this.commands.execute(new FileComplaintCommand(input, context));
  }

  @CommandRoute({
    path: ':id/complaints/:complaintId/decision',
    permission: 'tender.decide-complaint',
    revisionReaders: 'tender.read',
    status: 200,
    summary:
      'The review body upholds a complaint (the award or the tender is cancelled) or dismisses it (the standstill resumes) (DecideComplaint)',
  })
  decideComplaint(
    @Param() { id, complaintId }: ComplaintParams,
    @Body() body: DecideComplaintDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(
      new DecideComplaintCommand({ ...body, tenderId: id, complaintId }, context),
    );
  }

  @CommandRoute({
    path: ':id/questions',
    permission: 'tender.ask-question',
    revisionReaders: 'tender.read',
    status: 201,
    summary:
      'The calling supplier asks a clarification question before the cut-off; it stays anonymous to everyone but itself and the auditor (AskQuestion)',
  })
  ask(
    @Param() { id }: IdParams,
    @Body() body: AskQuestionDto,
    @CurrentAccess() access: Access,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = {
      tenderId: id,
      question: body.question,
      questionId: body.questionId ?? uuidv7(),
      supplierId: uuidFrom(access.actor?.supplierId, 'supplierId'),
    };
    return this.commands.execute(new AskQuestionCommand(input, context));
  }

  @CommandRoute({
    path: ':id/questions/:questionId/answer',
    permission: 'tender.answer-question',
    revisionReaders: 'tender.read',
    status: 201,
    summary:
      'The buying agency answers a question publicly; with changes the answer amends the tender (AnswerQuestion)',
  })
  answer(
    @Param() { id, questionId }: QuestionParams,
    @Body() body: AnswerQuestionDto,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = {
      tenderId: id,
      questionId,
      answer: body.answer,
      ...(body.changes === undefined ? {} : { changes: definedOnly(body.changes) }),
      ...(body.deadline === undefined ? {} : { deadline: body.deadline }),
    };
    return this.commands.execute(new AnswerQuestionCommand(input, context));
  }
}
