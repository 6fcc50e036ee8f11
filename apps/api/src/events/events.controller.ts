import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { LEDGER_EVENT_TYPES } from '@contract-ledger/domain';
import type { EventFilter } from '@contract-ledger/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CurrentAccess,
  Permission,
  validationFailed,
  type Access,
  type FieldError,
} from '../platform';
import { EventFeedService } from './event-feed.service';

const POSITION = /^(0|[1-9]\d{0,15})$/;
/** A feed message id: `<position>`, or `<position>:<checkpoint size>` once a checkpoint was sent. */
const MESSAGE_ID = /^(0|[1-9]\d{0,15})(?::(0|[1-9]\d{0,15}))?$/;
const STREAM_PREFIX = /^[A-Za-z0-9-]{1,100}$/;

interface FeedQuery {
  readonly fromPosition?: string;
  readonly types?: string;
  readonly stream?: string;
  readonly live?: string;
}

/** The parsed request, or the field errors that make it a 400 before any byte of the stream is sent. */
function parse(
  query: FeedQuery,
  lastEventId: string | string[] | undefined,
):
  | { from: number; fromCheckpointSize: number; filter: EventFilter | undefined; live: boolean }
  | FieldError[] {
  const errors: FieldError[] = [];
  let from = 1;
  let fromCheckpointSize: number | undefined;
  if (lastEventId !== undefined) {
    // The SSE resume: the client got this position, so the next one is due. It wins over fromPosition,
    // which the client repeats unchanged on every reconnect (EventSource keeps its URL).
    const id = typeof lastEventId === 'string' ? MESSAGE_ID.exec(lastEventId) : null;
    if (!id)
      errors.push({
        field: 'Last-Event-ID',
        messages: [
          'must be a message id of this feed: a position, or <position>:<checkpoint size> (non-negative integers)',
        ],
      });
    else {
      from = Number(id[1]) + 1;
      if (id[2] !== undefined) fromCheckpointSize = Number(id[2]);
    }
  } else if (query.fromPosition !== undefined) {
    if (!POSITION.test(query.fromPosition))
      errors.push({ field: 'fromPosition', messages: ['must be a non-negative integer'] });
    else from = Math.max(1, Number(query.fromPosition));
  }
  let types: string[] | undefined;
  if (query.types !== undefined) {
    types = query.types.split(',').filter((t) => t !== '');
    const unknown = types.filter((t) => !(LEDGER_EVENT_TYPES as readonly string[]).includes(t));
    if (types.length === 0 || unknown.length > 0)
      errors.push({
        field: 'types',
        messages: [`unknown event types: ${unknown.join(', ') || '(none given)'}`],
      });
  }
  if (query.stream !== undefined && !STREAM_PREFIX.test(query.stream))
    errors.push({ field: 'stream', messages: ['must be a stream id prefix (letters, digits, -)'] });
  if (query.live !== undefined && query.live !== 'true' && query.live !== 'false')
    errors.push({ field: 'live', messages: ['must be true or false'] });
  if (errors.length > 0) return errors;
  const filter: EventFilter = {
    ...(types ? { types } : {}),
    ...(query.stream ? { streamPrefix: query.stream } : {}),
  };
  return {
    from,
    // Without a checkpoint size: every checkpoint from the one before the first event due.
    fromCheckpointSize: fromCheckpointSize ?? from - 1,
    filter: Object.keys(filter).length > 0 ? filter : undefined,
    live: query.live !== 'false',
  };
}

@ApiTags('events')
@Controller('api/v1/events')
export class EventsController {
  constructor(private readonly feed: EventFeedService) {}

  @Get()
  @Permission('event-feed.read')
  @ApiOperation({
    summary:
      'The event feed as Server-Sent Events: catch-up from a position, then live (docs/kafka.md "The feed without Kafka")',
    description:
      'Each message: `id: <position>`, `event: <type>`, `data: <envelope JSON>`. Sealed bids (who bid, price, digest, and the actor of a bid event) are withheld (envelope field `redacted`) except for the auditor and the bidder itself (docs/adr/0006-sealed-data-in-feeds.md). What a caller sees depends on its role (no token: public events). Every caller also gets every final signed checkpoint of the transparency log, in ascending size: `event: checkpoint`, `data: {size, note, key, createdAt}`, those from the size before the first position when the stream opens, then each one as it becomes final. Once a checkpoint was sent, message ids are `<position>:<checkpoint size>` (the last event position delivered, the last checkpoint size delivered), so a resume with Last-Event-ID misses no checkpoint (docs/kafka.md "Checkpoints on the SSE feed").',
  })
  @ApiQuery({
    name: 'fromPosition',
    required: false,
    schema: { type: 'integer', minimum: 1 },
    description: 'first global position to deliver (default 1)',
  })
  @ApiQuery({ name: 'types', required: false, description: 'comma-separated event types' })
  @ApiQuery({
    name: 'stream',
    required: false,
    description: 'stream id prefix, e.g. `tender-` or `contract-<id>`',
  })
  @ApiQuery({
    name: 'live',
    required: false,
    schema: { type: 'string', enum: ['true', 'false'] },
    description: 'false: end after the events in the log now (default true)',
  })
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description:
      'the id of the last message received (`<position>` or `<position>:<checkpoint size>`): resume after that position, and with the checkpoints from that size; wins over fromPosition',
  })
  @ApiOkResponse({
    description: 'Server-Sent Events, one message per event of the log the caller may see',
    content: {
      'text/event-stream': {
        schema: {
          type: 'string',
          example:
            'id: 7\nevent: TenderPublished\ndata: {"position":7,"type":"TenderPublished",...}\n\n',
        },
      },
    },
  })
  async stream(
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentAccess() access: Access,
  ): Promise<void> {
    const parsed = parse(req.query as FeedQuery, req.headers['last-event-id']);
    if (Array.isArray(parsed)) throw validationFailed(parsed);
    // From here the response is ours: Fastify and Nest's interceptors leave reply.raw alone.
    reply.hijack();
    reply.raw.setHeader('X-Correlation-Id', req.id);
    await this.feed.serve(
      {
        actor: access.actor,
        fromPosition: parsed.from,
        fromCheckpointSize: parsed.fromCheckpointSize,
        filter: parsed.filter,
        live: parsed.live,
      },
      reply.raw,
    );
  }
}
