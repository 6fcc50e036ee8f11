import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AssessQualificationCommand,
  DebarSupplierCommand,
  CommandRuntime,
  LiftDebarmentCommand,
  PlaceUnderMonitoringCommand,
  ProposeDebarmentCommand,
  PublishPerformanceNoticeCommand,
  RegisterSupplierCommand,
  supplierState,
  supplierView,
  type CommandResult,
} from '@contract-ledger/application';
import { uuidv7, type EventMetadata } from '@contract-ledger/event-store';
import { commandContext, uuidFrom } from '../common/command-http';
import { CommandResultDto, IdParams } from '../common/dto';
import {
  CurrentAccess,
  IfMatch,
  notFound,
  Permission,
  RequestMetadata,
  versioned,
  type Access,
  type Versioned,
} from '../platform';
import {
  AssessQualificationDto,
  DebarmentParams,
  DebarSupplierDto,
  LiftDebarmentDto,
  PlaceUnderMonitoringDto,
  ProposeDebarmentDto,
  PublishNoticeDto,
  RegisterSupplierDto,
} from './suppliers.dto';

const answer = (result: CommandResult): Versioned<CommandResult> =>
  versioned(result, result.revision);

@ApiTags('suppliers')
@Controller('api/v1/suppliers')
export class SuppliersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly runtime: CommandRuntime,
  ) {}

  @Post()
  @HttpCode(201)
  @Permission('supplier.register')
  @ApiOperation({ summary: 'Register the calling supplier organisation (RegisterSupplier)' })
  @ApiCreatedResponse({ type: CommandResultDto })
  async register(
    @Body() body: RegisterSupplierDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    const supplierId = body.supplierId ?? uuidFrom(access.actor?.supplierId, 'supplierId');
    return answer(
      await this.commands.execute(
        new RegisterSupplierCommand({ ...body, supplierId }, commandContext(access, metadata)),
      ),
    );
  }

  @Get(':id')
  @Permission('supplier.read')
  @ApiOperation({
    summary: 'A supplier with its rating, debarments, notices and monitoring as of now',
  })
  @ApiOkResponse({ description: 'The supplier; ETag is its stream revision' })
  async read(@Param() { id }: IdParams, @CurrentAccess() access: Access) {
    access.require({ supplierId: id });
    const { state, revision } = await supplierState(this.runtime.store, id);
    if (state.status !== 'registered') throw notFound(`No supplier ${id}`);
    return versioned(supplierView(state, this.runtime.now()), revision);
  }

  @Post(':id/qualification')
  @HttpCode(201)
  @Permission('supplier.assess-qualification')
  @ApiOperation({
    summary: 'Record a qualification review and the rating it gives (AssessQualification)',
  })
  @ApiCreatedResponse({ type: CommandResultDto })
  async assess(
    @Param() { id }: IdParams,
    @Body() body: AssessQualificationDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return answer(
      await this.commands.execute(
        new AssessQualificationCommand(
          { ...body, supplierId: id },
          commandContext(access, metadata, ifMatch),
        ),
      ),
    );
  }

  @Post(':id/debarment-proposals')
  @HttpCode(201)
  @Permission('supplier.propose-debarment')
  @ApiOperation({ summary: 'Ask the authority to debar the supplier (ProposeDebarment)' })
  @ApiCreatedResponse({ type: CommandResultDto })
  async propose(
    @Param() { id }: IdParams,
    @Body() body: ProposeDebarmentDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    const input = { ...body, supplierId: id, proposalId: body.proposalId ?? uuidv7() };
    return answer(
      await this.commands.execute(
        new ProposeDebarmentCommand(input, commandContext(access, metadata, ifMatch)),
      ),
    );
  }

  @Post(':id/debarments')
  @HttpCode(201)
  @Permission('supplier.debar')
  @ApiOperation({
    summary: 'Expel the supplier from the procurement market for a period (DebarSupplier)',
  })
  @ApiCreatedResponse({ type: CommandResultDto })
  async debar(
    @Param() { id }: IdParams,
    @Body() body: DebarSupplierDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    const input = { ...body, supplierId: id, debarmentId: body.debarmentId ?? uuidv7() };
    return answer(
      await this.commands.execute(
        new DebarSupplierCommand(input, commandContext(access, metadata, ifMatch)),
      ),
    );
  }

  @Post(':id/debarments/:debarmentId/lift')
  @HttpCode(200)
  @Permission('supplier.lift-debarment')
  @ApiOperation({ summary: 'End a debarment early: reinstatement or appeal (LiftDebarment)' })
  @ApiOkResponse({ type: CommandResultDto })
  async lift(
    @Param() { id, debarmentId }: DebarmentParams,
    @Body() body: LiftDebarmentDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return answer(
      await this.commands.execute(
        new LiftDebarmentCommand(
          { ...body, supplierId: id, debarmentId },
          commandContext(access, metadata, ifMatch),
        ),
      ),
    );
  }

  @Post(':id/notices')
  @HttpCode(201)
  @Permission('supplier.publish-notice')
  @ApiOperation({ summary: 'Publish a commendation or criticism (PublishPerformanceNotice)' })
  @ApiCreatedResponse({ type: CommandResultDto })
  async notice(
    @Param() { id }: IdParams,
    @Body() body: PublishNoticeDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    const input = { ...body, supplierId: id, noticeId: body.noticeId ?? uuidv7() };
    return answer(
      await this.commands.execute(
        new PublishPerformanceNoticeCommand(input, commandContext(access, metadata, ifMatch)),
      ),
    );
  }

  @Post(':id/monitoring')
  @HttpCode(201)
  @Permission('supplier.place-under-monitoring')
  @ApiOperation({
    summary:
      'Place the supplier under enhanced monitoring until a date (PlaceUnderEnhancedMonitoring)',
  })
  @ApiCreatedResponse({ type: CommandResultDto })
  async monitor(
    @Param() { id }: IdParams,
    @Body() body: PlaceUnderMonitoringDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() ifMatch: number | undefined,
  ) {
    return answer(
      await this.commands.execute(
        new PlaceUnderMonitoringCommand(
          { ...body, supplierId: id },
          commandContext(access, metadata, ifMatch),
        ),
      ),
    );
  }
}
