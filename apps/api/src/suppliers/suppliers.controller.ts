import { Body, Controller, Get, Param } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AssessQualificationCommand,
  CorrectDebarmentCommand,
  DebarSupplierCommand,
  EndMonitoringCommand,
  CommandRuntime,
  EntityStateQuery,
  LiftDebarmentCommand,
  PlaceUnderMonitoringCommand,
  ProposeDebarmentCommand,
  PublishPerformanceNoticeCommand,
  RegisterSupplierCommand,
  supplierView,
  type CommandContext,
} from '@contract-ledger/application';
import { uuidv7 } from '@contract-ledger/event-store';
import { uuidFrom } from '../common/command-http';
import { IdParams } from '../common/dto';
import {
  CommandContextOf,
  CommandRoute,
  CurrentAccess,
  notFound,
  Permission,
  versioned,
  type Access,
} from '../platform';
import {
  AssessQualificationDto,
  CorrectDebarmentDto,
  DebarmentParams,
  DebarSupplierDto,
  EndMonitoringDto,
  LiftDebarmentDto,
  PlaceUnderMonitoringDto,
  ProposeDebarmentDto,
  PublishNoticeDto,
  RegisterSupplierDto,
} from './suppliers.dto';

@ApiTags('suppliers')
@Controller('api/v1/suppliers')
export class SuppliersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly runtime: CommandRuntime,
  ) {}

  @CommandRoute({
    permission: 'supplier.register',
    status: 201,
    summary: 'Register the calling supplier organisation (RegisterSupplier)',
  })
  register(
    @Body() body: RegisterSupplierDto,
    @CurrentAccess() access: Access,
    @CommandContextOf() context: CommandContext,
  ) {
    const supplierId = body.supplierId ?? uuidFrom(access.actor?.supplierId, 'supplierId');
    return this.commands.execute(new RegisterSupplierCommand({ ...body, supplierId }, context));
  }

  @Get(':id')
  @Permission('supplier.read')
  @ApiOperation({
    summary: 'A supplier with its rating, debarments, notices and monitoring as of now',
  })
  @ApiOkResponse({ description: 'The supplier; ETag is its stream revision' })
  async read(@Param() { id }: IdParams, @CurrentAccess() access: Access) {
    access.require({ supplierId: id });
    const { state, revision } = await this.queries.execute(new EntityStateQuery('supplier', id));
    if (state.status !== 'registered') throw notFound(`No supplier ${id}`);
    return versioned(supplierView(state, this.runtime.now()), revision);
  }

  @CommandRoute({
    path: ':id/qualification',
    permission: 'supplier.assess-qualification',
    status: 201,
    summary: 'Record a qualification review and the rating it gives (AssessQualification)',
  })
  assess(
    @Param() { id }: IdParams,
    @Body() body: AssessQualificationDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(
      new AssessQualificationCommand({ ...body, supplierId: id }, context),
    );
  }

  @CommandRoute({
    path: ':id/debarment-proposals',
    permission: 'supplier.propose-debarment',
    status: 201,
    summary: 'Ask the authority to debar the supplier (ProposeDebarment)',
  })
  propose(
    @Param() { id }: IdParams,
    @Body() body: ProposeDebarmentDto,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = { ...body, supplierId: id, proposalId: body.proposalId ?? uuidv7() };
    return this.commands.execute(new ProposeDebarmentCommand(input, context));
  }

  @CommandRoute({
    path: ':id/debarments',
    permission: 'supplier.debar',
    status: 201,
    summary: 'Expel the supplier from the procurement market for a period (DebarSupplier)',
  })
  debar(
    @Param() { id }: IdParams,
    @Body() body: DebarSupplierDto,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = { ...body, supplierId: id, debarmentId: body.debarmentId ?? uuidv7() };
    return this.commands.execute(new DebarSupplierCommand(input, context));
  }

  @CommandRoute({
    path: ':id/debarments/:debarmentId/lift',
    permission: 'supplier.lift-debarment',
    status: 200,
    summary: 'End a debarment early: reinstatement or appeal (LiftDebarment)',
  })
  lift(
    @Param() { id, debarmentId }: DebarmentParams,
    @Body() body: LiftDebarmentDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(
      new LiftDebarmentCommand({ ...body, supplierId: id, debarmentId }, context),
    );
  }

  @CommandRoute({
    path: ':id/notices',
    permission: 'supplier.publish-notice',
    status: 201,
    summary: 'Publish a commendation or criticism (PublishPerformanceNotice)',
  })
  notice(
    @Param() { id }: IdParams,
    @Body() body: PublishNoticeDto,
    @CommandContextOf() context: CommandContext,
  ) {
    const input = { ...body, supplierId: id, noticeId: body.noticeId ?? uuidv7() };
    return this.commands.execute(new PublishPerformanceNoticeCommand(input, context));
  }

  @CommandRoute({
    path: ':id/monitoring',
    permission: 'supplier.place-under-monitoring',
    status: 201,
    summary:
      'Place the supplier under enhanced monitoring until a date (PlaceUnderEnhancedMonitoring)',
  })
  monitor(
    @Param() { id }: IdParams,
    @Body() body: PlaceUnderMonitoringDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(
      new PlaceUnderMonitoringCommand({ ...body, supplierId: id }, context),
    );
  }

  @CommandRoute({
    path: ':id/debarments/:debarmentId/correction',
    permission: 'supplier.correct-debarment',
    status: 201,
    summary:
      'Correct a debarment entered wrongly, its period or annulled, without rewriting history (CorrectDebarment)',
  })
  correct(
    @Param() { id, debarmentId }: DebarmentParams,
    @Body() body: CorrectDebarmentDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(
      new CorrectDebarmentCommand({ ...body, supplierId: id, debarmentId }, context),
    );
  }

  @CommandRoute({
    path: ':id/monitoring/end',
    permission: 'supplier.end-monitoring',
    status: 200,
    summary: 'End enhanced monitoring early, with a rationale (EndEnhancedMonitoring)',
  })
  endMonitoring(
    @Param() { id }: IdParams,
    @Body() body: EndMonitoringDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.commands.execute(new EndMonitoringCommand({ ...body, supplierId: id }, context));
  }
}
