import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import {
  auditBundle,
  BundleScopeError,
  EVENT_STORE,
  type BundleScope,
  type TransparencyLog,
} from '@contract-ledger/application';
import {
  CorruptEventError,
  eventLeafHash,
  isMerkleTileStore,
  isStoredRowReader,
  isUuid,
  TILE_WIDTH,
  tilePath,
  verifyLog,
  type EventStore,
  type StoredCheckpoint,
} from '@contract-ledger/event-store';
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { forbidden, notFound, Permission, Public, validationFailed } from '../platform';

export const TRANSPARENCY_LOG = Symbol.for('contract-ledger.transparency-log');

/** A witness's cosignature of one checkpoint (C2SP tlog-cosignature), as `ledger witness` posts it. */
export class CosignatureBody {
  @ApiProperty({ example: 42, description: 'tree size of the cosigned checkpoint' })
  @IsInt()
  @Min(0)
  readonly size!: number;

  @ApiProperty({
    example: '\u2014 witness.example AbCd...',
    description: 'the cosignature/v1 signature line',
  })
  @IsString()
  @MaxLength(1000)
  readonly cosignature!: string;
}

const NUMBER = /^(0|[1-9]\d{0,15})$/;
/** C2SP tlog-tiles: tile/<L>/<N in 3-digit groups, all but the last prefixed x>[.p/<W>]. */
const TILE = /^(\d{1,2})\/((?:x\d{3}\/)*\d{3})(?:\.p\/(\d{1,3}))?$/;

function integer(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  if (raw === undefined || !NUMBER.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw validationFailed([
      {
        field: name,
        messages: [raw === undefined ? 'is required' : 'must be a non-negative integer'],
      },
    ]);
  }
  return Number(raw);
}

function available(log: TransparencyLog | null): TransparencyLog {
  if (!log)
    throw notFound('This event store keeps no Merkle tree: the transparency log is not available');
  return log;
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const listed = (c: StoredCheckpoint) => ({
  size: c.size,
  createdAt: c.createdAt,
  key: c.key,
  note: c.note,
});

/**
 * The log as outsiders read it, C2SP style: `<prefix>/checkpoint` and `<prefix>/tile/...` with
 * prefix /log, so existing tlog clients fetch it with plain HTTP; plus checkpoints by size, the
 * keys and the proofs. Public infrastructure like /health: no token, no /api envelope.
 */
@ApiTags('transparency')
@Public()
@Controller('log')
export class LogController {
  constructor(
    @Inject(TRANSPARENCY_LOG) private readonly tlog: TransparencyLog | null,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** A store without a tree (none of ours today) answers every route 404. */

  @Get('checkpoint')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({ summary: 'The latest signed checkpoint (C2SP tlog-checkpoint signed note)' })
  async latest(): Promise<string> {
    const checkpoint = await available(this.tlog).latest();
    if (!checkpoint) throw notFound('No checkpoint has been taken yet');
    return checkpoint.note;
  }

  @Get('checkpoint/final')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary:
      'The latest final checkpoint: cosigned by LEDGER_WITNESS_REQUIRED configured witnesses (the latest signed one when 0)',
  })
  async final(): Promise<string> {
    const log = available(this.tlog);
    const checkpoint = await log.latestFinal();
    if (!checkpoint)
      throw notFound(
        `No checkpoint is final yet: none carries ${log.requiredCosignatures} witness cosignature${log.requiredCosignatures === 1 ? '' : 's'} (LEDGER_WITNESS_REQUIRED)`,
      );
    return checkpoint.note;
  }

  @Get('checkpoints')
  @ApiOperation({
    summary:
      'Stored checkpoints in size order, from fromSize, at most limit (default 100, max 1000)',
  })
  async list(@Query('fromSize') fromSize?: string, @Query('limit') limit?: string) {
    const count = integer('limit', limit, 100);
    if (count < 1 || count > 1000)
      throw validationFailed([{ field: 'limit', messages: ['must be from 1 to 1000'] }]);
    return {
      origin: available(this.tlog).origin,
      // witnessedBy: the configured witnesses (LEDGER_WITNESS_KEYS) whose valid cosignature it carries.
      items: (await available(this.tlog).list(integer('fromSize', fromSize, 0), count)).map(
        (c) => ({
          ...listed(c),
          witnessedBy: available(this.tlog).witnessedBy(c),
          // final: at least LEDGER_WITNESS_REQUIRED of them (always, when none are required).
          final: available(this.tlog).isFinal(c),
        }),
      ),
    };
  }

  @Get('checkpoints/:size')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ summary: 'The signed checkpoint of one tree size' })
  async at(@Param('size') size: string): Promise<string> {
    const checkpoint = await available(this.tlog).at(integer('size', size));
    if (!checkpoint) throw notFound(`No checkpoint of size ${size}`);
    return checkpoint.note;
  }

  @Get('keys')
  @ApiOperation({
    summary: 'The log keys: verifier keys (sumdb/note format) with the tree sizes each may sign',
  })
  async keys() {
    return { origin: available(this.tlog).origin, keys: await available(this.tlog).keys() };
  }

  @Get('proof/inclusion')
  @ApiOperation({
    summary:
      'Inclusion proof of the event at a position in the tree of a size (default: the latest checkpoint)',
  })
  async inclusion(@Query('position') positionRaw?: string, @Query('size') sizeRaw?: string) {
    const position = integer('position', positionRaw);
    if (position < 1)
      throw validationFailed([{ field: 'position', messages: ['must be at least 1'] }]);
    const checkpoint =
      sizeRaw === undefined
        ? await available(this.tlog).latest()
        : await available(this.tlog).at(integer('size', sizeRaw));
    const size = sizeRaw === undefined ? (checkpoint?.size ?? 0) : Number(sizeRaw);
    // The proof (or its TREE_RANGE refusal) comes before reading the event, so a position beyond the tree answers 400.
    const proof = await available(this.tlog).merkle.inclusionProof(position - 1, size);
    const [event] = await this.store.readAll({ fromPosition: position, toPosition: position });
    if (!event) throw notFound(`No event at position ${position}`);
    return {
      position,
      leafIndex: position - 1,
      treeSize: size,
      eventHash: event.hash,
      leafHash: b64(eventLeafHash(event.hash)),
      rootHash: b64(await available(this.tlog).merkle.root(size)),
      hashes: proof.map(b64),
      checkpoint: checkpoint?.size === size ? checkpoint.note : null,
    };
  }

  @Get('proof/consistency')
  @ApiOperation({
    summary: 'Consistency proof from the tree of size `from` to the tree of size `to`',
  })
  async consistency(@Query('from') fromRaw?: string, @Query('to') toRaw?: string) {
    const from = integer('from', fromRaw);
    const to = integer('to', toRaw);
    const proof = await available(this.tlog).merkle.consistencyProof(from, to);
    return {
      from,
      to,
      fromRoot: b64(await available(this.tlog).merkle.root(from)),
      toRoot: b64(await available(this.tlog).merkle.root(to)),
      hashes: proof.map(b64),
    };
  }

  @Post('cosignatures')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Store a witness cosignature (cosignature/v1) beside its checkpoint; only witnesses in LEDGER_WITNESS_KEYS are accepted',
  })
  async cosign(@Body() body: CosignatureBody) {
    const log = available(this.tlog);
    const result = await log.addCosignature(body.size, body.cosignature);
    if (!result.ok) {
      if (result.status === 404) throw notFound(result.reason);
      if (result.status === 403) throw forbidden(result.reason);
      throw validationFailed([{ field: 'cosignature', messages: [result.reason] }], result.reason);
    }
    const checkpoint = (await log.at(body.size))!;
    return {
      size: body.size,
      witness: result.witness,
      witnessedBy: log.witnessedBy(checkpoint),
      final: log.isFinal(checkpoint),
    };
  }

  @Get('tile/*')
  @ApiOperation({
    summary: 'A tile of the Merkle tree at its C2SP tlog-tiles path (read-only, for mirrors)',
  })
  async tile(
    @Param('*') path: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const match = TILE.exec(path ?? '');
    if (!match) throw notFound(`Not a tile path: tile/${path}`);
    const level = Number(match[1]);
    const index = Number(match[2]!.replace(/x/g, '').replace(/\//g, ''));
    const width = match[3] === undefined ? TILE_WIDTH : Number(match[3]);
    const partialOk = match[3] === undefined || (width >= 1 && width < TILE_WIDTH);
    // One path per tile (C2SP): x000/003, 01/..., .p/07 name tile 0/3 too, and are not its path.
    if (partialOk && tilePath(level, index, width) !== `tile/${path}`)
      throw notFound(
        `Not a tile path: tile/${path} (the tile's path is ${tilePath(level, index, width)})`,
      );
    const bytes = partialOk
      ? await available(this.tlog).merkle.tile(level, index, width)
      : undefined;
    if (!bytes) throw notFound(`The tree has no tile ${path}`);
    void reply
      .header('Content-Type', 'application/octet-stream')
      // A full tile never changes; a partial one is superseded by a wider one but never changes either.
      .header('Cache-Control', 'public, max-age=31536000, immutable');
    return Buffer.from(bytes);
  }
}

/** Signing a checkpoint now rather than at the cadence: for oversight before an audit or a publication. */
@ApiTags('transparency')
@Controller('api/v1/log')
export class CheckpointCommandController {
  constructor(@Inject(TRANSPARENCY_LOG) private readonly log: TransparencyLog | null) {}

  @Post('checkpoints')
  @Permission('transparency.checkpoint')
  @ApiOperation({
    summary:
      'Sign and store a checkpoint of the log as it is now (or return the latest, when it already covers the log)',
  })
  @ApiCreatedResponse({
    description: 'The checkpoint',
    schema: {
      example: {
        size: 42,
        createdAt: '2026-12-06T10:00:00.000Z',
        key: 'contract-ledger.local/log+1a2b3c4d+AZ...=',
        note: 'contract-ledger.local/log\n42\nqM...=\n\n— contract-ledger.local/log Gis...=\n',
      },
    },
  })
  async take() {
    return listed(await available(this.log).checkpoint());
  }
}

/**
 * The auditor's bundle (docs/audit-bundle.md), as `ledger export` writes it. Events travel exactly
 * as hashed, sealed bid contents included (ADR 0006: the auditor sees the full log), so the
 * route is the auditor's alone.
 */
@ApiTags('transparency')
@Controller('api/v1/audit/bundle')
export class AuditBundleController {
  constructor(
    @Inject(TRANSPARENCY_LOG) private readonly log: TransparencyLog | null,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Permission('audit-export.read')
  @ApiOperation({
    summary:
      'An audit bundle: events exactly as hashed with inclusion proofs against a signed checkpoint, and the log keys (whole log, a range, or one procurement)',
    description:
      'Check it offline with `node verify.mjs <file>` (`ledger verifier > verify.mjs`). Unredacted: sealed bid contents are included.',
  })
  @ApiQuery({ name: 'from', required: false, description: 'first position of a range (with `to`)' })
  @ApiQuery({ name: 'to', required: false, description: 'last position of a range (with `from`)' })
  @ApiQuery({
    name: 'tenderId',
    required: false,
    description: 'one procurement: the tender, its contracts and their refusal records',
  })
  @ApiOkResponse({
    description: 'The bundle (docs/audit-bundle.md), streamed',
    content: {
      'application/json': {
        example: {
          format: 'contract-ledger-audit-bundle/1',
          origin: 'contract-ledger.local/log',
          scope: { kind: 'range', from: 1, to: 1 },
          keys: [],
          checkpoint: '...',
          events: [],
        },
      },
    },
  })
  async bundle(
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('from') fromRaw?: string,
    @Query('to') toRaw?: string,
    @Query('tenderId') tenderId?: string,
  ): Promise<StreamableFile> {
    const log = available(this.log);
    if (!isMerkleTileStore(this.store) || !isStoredRowReader(this.store))
      throw notFound('This event store keeps no Merkle tree');
    if ((fromRaw === undefined) !== (toRaw === undefined))
      throw validationFailed([
        { field: fromRaw === undefined ? 'from' : 'to', messages: ['from and to go together'] },
      ]);
    if (tenderId !== undefined && (fromRaw !== undefined || !isUuid(tenderId))) {
      throw validationFailed([
        {
          field: 'tenderId',
          messages: [
            fromRaw !== undefined ? 'tenderId and from/to exclude each other' : 'must be a UUID',
          ],
        },
      ]);
    }
    const scope: BundleScope =
      tenderId !== undefined
        ? { kind: 'procurement', tenderId: tenderId.toLowerCase() }
        : fromRaw !== undefined
          ? { kind: 'range', from: integer('from', fromRaw), to: integer('to', toRaw) }
          : { kind: 'log' };
    const chunks = auditBundle(this.store, log, scope)[Symbol.asyncIterator]();
    // The scope is checked before the first byte: a bad one is a 400 problem, not a broken stream.
    let first: IteratorResult<string | Uint8Array>;
    try {
      first = await chunks.next();
    } catch (error) {
      if (error instanceof BundleScopeError)
        throw validationFailed(
          [{ field: tenderId !== undefined ? 'tenderId' : 'to', messages: [error.message] }],
          error.message,
        );
      throw error;
    }
    // A damaged row would stop the stream halfway, after a 200 went out, and a damaged tree or
    // checkpoint row would hand out a bundle that fails the verifier: what the bundle covers gets
    // the checks of GET /audit/verify first, so the damage is a problem naming the position.
    const checked =
      scope.kind === 'range'
        ? await verifyLog(this.store, scope.from, scope.to)
        : await verifyLog(this.store);
    if (!checked.ok) {
      await chunks.return?.(undefined);
      throw new CorruptEventError(
        checked.position,
        `${checked.code}: ${checked.reason}; no bundle is exported from a damaged log (ledger verify)`,
      );
    }
    async function* all(): AsyncGenerator<string | Uint8Array> {
      if (!first.done) yield first.value;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    }
    void reply.header('Content-Disposition', 'attachment; filename="audit-bundle.json"');
    return new StreamableFile(Readable.from(all()), { type: 'application/json' });
  }
}
