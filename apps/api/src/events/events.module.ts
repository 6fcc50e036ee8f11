import { Module } from '@nestjs/common';
import { EventFeedService } from './event-feed.service';
import { EventsController } from './events.controller';
import { TransparencyModule } from '../transparency/transparency.module';

/** GET /api/v1/events: the event feed over HTTP for embedded mode and consumers without a broker. */
@Module({
  imports: [TransparencyModule],
  controllers: [EventsController],
  providers: [EventFeedService],
  exports: [EventFeedService],
})
export class EventsModule {}
