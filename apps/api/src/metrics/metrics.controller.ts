import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../platform';
import { Metrics } from './metrics';

@ApiTags('health')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({
    summary:
      'Prometheus metrics (prom-client): Node process metrics, HTTP requests and latency, event-store head, projection checkpoints, lag and divergence, relay lag',
  })
  @ApiOkResponse({ description: 'Prometheus text exposition format 0.0.4' })
  render(): Promise<string> {
    return this.metrics.render();
  }
}
