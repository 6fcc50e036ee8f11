import { once } from 'node:events';
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock } from '@contract-ledger/application';
import {
  recordPackage,
  releasePackage,
  releasePackageFrame,
  type PackageMetadata,
} from '@contract-ledger/ocds';
import {
  ocdsRecord,
  ocdsReleaseJsonStream,
  ocdsReleasePage,
  ocdsReleaseSummary,
} from '@contract-ledger/read-store-sql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { notFound, Permission, validationFailed } from '../platform';
import { ReadSide } from './read-side';
import { ReadModelQuery } from './read-model.query';
import { OcdsBulkQuery, OcdsReleasesQuery, ReadYourWritesQuery } from './read-side.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STANDARD = 'https://standard.open-contracting.org/schema/1__1__5/';

/** OpenAPI shape of the packages; the OCDS 1.1.5 schemas (tools/ocds/schema) are the full definition, the specs validate against them. */
const PUBLISHER_SCHEMA = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    scheme: { type: 'string' },
    uid: { type: 'string' },
    uri: { type: 'string', format: 'uri' },
  },
};
const RELEASE_SCHEMA = {
  type: 'object',
  description: `An OCDS 1.1.5 release (${STANDARD}release-schema.json) with the bid and metrics extensions; docs/ocds.md says which event publishes what`,
  required: ['ocid', 'id', 'date', 'tag', 'initiationType'],
  additionalProperties: true,
  properties: {
    ocid: { type: 'string', example: 'ocds-ledger-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e' },
    id: {
      type: 'string',
      description: 'The id of the event that published it',
      example: '0190f5a2-8d00-7c3a-9d2e-000000000042',
    },
    date: { type: 'string', format: 'date-time', description: 'When the event was recorded' },
    tag: { type: 'array', items: { type: 'string' }, example: ['award'] },
    initiationType: { type: 'string', enum: ['tender'] },
    parties: { type: 'array', items: { type: 'object' } },
    buyer: { type: 'object' },
    planning: { type: 'object' },
    tender: { type: 'object' },
    bids: { type: 'object' },
    awards: { type: 'array', items: { type: 'object' } },
    contracts: { type: 'array', items: { type: 'object' } },
  },
};
const PACKAGE_PROPERTIES = {
  uri: { type: 'string', format: 'uri' },
  version: { type: 'string', enum: ['1.1'] },
  extensions: { type: 'array', items: { type: 'string', format: 'uri' } },
  publishedDate: { type: 'string', format: 'date-time' },
  publisher: PUBLISHER_SCHEMA,
  license: { type: 'string', format: 'uri' },
  publicationPolicy: { type: 'string', format: 'uri' },
};
const RELEASE_PACKAGE_SCHEMA = {
  type: 'object',
  description: `An OCDS 1.1.5 release package (${STANDARD}release-package-schema.json)`,
  required: ['uri', 'version', 'publishedDate', 'publisher', 'releases'],
  properties: {
    ...PACKAGE_PROPERTIES,
    releases: { type: 'array', items: RELEASE_SCHEMA },
    links: {
      type: 'object',
      description: 'Paging: `next` is this query with the next cursor; absent on the last page',
      properties: { next: { type: 'string', format: 'uri' } },
    },
  },
};
const RECORD_PACKAGE_SCHEMA = {
  type: 'object',
  description: `An OCDS 1.1.5 record package (${STANDARD}record-package-schema.json) holding one record`,
  required: ['uri', 'version', 'publishedDate', 'publisher', 'records'],
  properties: {
    ...PACKAGE_PROPERTIES,
    records: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ocid', 'releases', 'compiledRelease'],
        properties: {
          ocid: { type: 'string' },
          releases: {
            type: 'array',
            items: RELEASE_SCHEMA,
            description: 'Every release of the process, in publication order',
          },
          compiledRelease: {
            ...RELEASE_SCHEMA,
            description: 'The releases merged by the OCDS merge rules; tag ["compiled"]',
          },
        },
      },
    },
  },
};

/**
 * Open data in the Open Contracting Data Standard (docs/ocds.md), from the ocds read model: no
 * token, and only what the public may see (sealed bids never before opening, no persons).
 */
@ApiTags('open data (OCDS)')
@Controller('api/v1/ocds')
export class OcdsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly readSide: ReadSide,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('releases')
  @Permission('ocds.read')
  @ApiOperation({
    summary: 'OCDS release package: releases in publication (log) order, paged',
    description:
      'Page with `limit` and `cursor` (`links.next`), follow new releases with `sincePosition`, select a period with `from`/`to` (release date). An empty page is a package with no releases.',
  })
  @ApiOkResponse({ description: 'OCDS 1.1.5 release package', schema: RELEASE_PACKAGE_SCHEMA })
  async releases(@Query() q: OcdsReleasesQuery, @Req() req: FastifyRequest) {
    if (q.from !== undefined && q.to !== undefined && q.to <= q.from)
      throw validationFailed([{ field: 'to', messages: ['to must be after from'] }]);
    const page = await this.queries.execute(
      new ReadModelQuery('ocds', q, (store) =>
        ocdsReleasePage(store, {
          sincePosition: q.sincePosition,
          from: q.from,
          to: q.to,
          limit: q.limit ?? 50,
          cursor: q.cursor ?? null,
        }),
      ),
    );
    const releases = page.items.map((i) => i.release);
    const pkg = releasePackage(this.metadata(req.url), releases, this.clock().toISOString());
    if (page.nextCursor === null) return pkg;
    const next = new URL(req.url, this.config.ocds.baseUri);
    next.searchParams.set('cursor', page.nextCursor);
    return { ...pkg, links: { next: `${this.config.ocds.baseUri}${next.pathname}${next.search}` } };
  }

  @Get('records/:ocid')
  @Permission('ocds.read')
  @ApiOperation({
    summary:
      'OCDS record package of one contracting process: its releases and the compiled release',
  })
  @ApiParam({
    name: 'ocid',
    description: 'Open Contracting ID: `<OCDS_OCID_PREFIX>-<tenderId>`',
    example: 'ocds-ledger-0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
  })
  @ApiOkResponse({ description: 'OCDS 1.1.5 record package', schema: RECORD_PACKAGE_SCHEMA })
  async record(
    @Param('ocid') ocid: string,
    @Query() q: ReadYourWritesQuery,
    @Req() req: FastifyRequest,
  ) {
    const prefix = `${this.config.ocds.ocidPrefix}-`;
    if (!ocid.startsWith(prefix) || !UUID.test(ocid.slice(prefix.length))) {
      throw validationFailed([{ field: 'ocid', messages: [`must be ${prefix}<tender id>`] }]);
    }
    // The tender id in either case is one process (UUIDs are case-insensitive; ocids are stored lowercase).
    const canonical = `${prefix}${ocid.slice(prefix.length).toLowerCase()}`;
    const record = await this.queries.execute(
      new ReadModelQuery('ocds', q, (store) => ocdsRecord(store, canonical)),
    );
    if (record === null) throw notFound(`No published contracting process ${ocid}`);
    return recordPackage(this.metadata(req.url), [record], this.clock().toISOString());
  }

  @Get('bulk')
  @Permission('ocds.read')
  @ApiOperation({
    summary:
      'Every release, streamed: one release package (format=json) or JSON Lines (format=jsonl)',
    description:
      'Written page by page as it is read, never built in memory: fit for the whole history. `sincePosition` limits it to the newer releases.',
  })
  @ApiProduces('application/json', 'application/x-ndjson')
  @ApiOkResponse({
    description:
      'format=json: an OCDS 1.1.5 release package; format=jsonl: one OCDS release per line',
    content: {
      'application/json': { schema: RELEASE_PACKAGE_SCHEMA },
      'application/x-ndjson': { schema: RELEASE_SCHEMA },
    },
  })
  async bulk(
    @Query() q: OcdsBulkQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const readStore = this.readSide.readStore;
    const filter = q.sincePosition !== undefined ? { sincePosition: q.sincePosition } : {};
    // Everything that can fail as a problem happens before the first byte; the body then streams from the same read store.
    const summary = await this.queries.execute(
      new ReadModelQuery('ocds', q, (store) => ocdsReleaseSummary(store, filter)),
    );
    const jsonl = q.format === 'jsonl';
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'Content-Type': jsonl
        ? 'application/x-ndjson; charset=utf-8'
        : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="releases.${jsonl ? 'jsonl' : 'json'}"`,
      'X-Correlation-Id': String(req.id),
      'X-Release-Count': String(summary.count),
    });
    const frame = releasePackageFrame(
      this.metadata(req.url),
      summary.lastDate ?? this.clock().toISOString(),
    );
    const write = async (chunk: string): Promise<void> => {
      if (!out.write(chunk)) await once(out, 'drain');
    };
    try {
      if (!jsonl) await write(frame.head);
      let first = true;
      let chunk = '';
      for await (const text of ocdsReleaseJsonStream(readStore, filter)) {
        chunk += jsonl ? `${text}\n` : first ? text : `${frame.separator}${text}`;
        first = false;
        // One write per ~64 KiB rather than per release.
        if (chunk.length >= 65_536) {
          await write(chunk);
          chunk = '';
        }
        if (out.destroyed) return;
      }
      await write(chunk + (jsonl ? '' : frame.tail));
      out.end();
    } catch (error) {
      // Headers are gone: the client sees a truncated body (invalid JSON), never a valid-looking partial package.
      out.destroy(error as Error);
    }
  }

  private metadata(url: string): PackageMetadata {
    const { ocds } = this.config;
    return {
      uri: `${ocds.baseUri}${url}`,
      publisher: ocds.publisher,
      ...(ocds.license !== undefined ? { license: ocds.license } : {}),
      ...(ocds.publicationPolicy !== undefined
        ? { publicationPolicy: ocds.publicationPolicy }
        : {}),
    };
  }
}
