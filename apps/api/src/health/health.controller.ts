import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../platform/auth/decorators';
import { ProjectionsHealthIndicator } from './projections.indicator';
import { StorageHealthIndicator } from './storage.indicator';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly storage: StorageHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary:
      'Readiness: the event store and the read store are reachable (503 otherwise); projection lag in the detail',
  })
  ready() {
    return this.health.check([
      () => this.storage.check('store'),
      () => this.projections.check('projections'),
    ]);
  }
}
