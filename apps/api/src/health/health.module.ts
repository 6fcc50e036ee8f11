import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { ProjectionsHealthIndicator } from './projections.indicator';
import { StorageHealthIndicator } from './storage.indicator';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [StorageHealthIndicator, ProjectionsHealthIndicator],
})
export class HealthModule {}
