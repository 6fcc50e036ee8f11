import {
  ocdsProjection,
  ocdsRecords,
  ocdsReleases,
  type OcdsRecord,
  type Release,
} from '@contract-ledger/ocds';
import type { ReadStore } from '../read-store';
import { allRows, MAX_PAGE, queryTable, type Filter, type Page } from '../query';

export interface OcdsReleaseQuery {
  /** Releases of events after this log position (exclusive): a consumer's own cursor across calls. */
  readonly sincePosition?: number;
  /** Release date from (inclusive) and to (exclusive), ISO-8601 UTC. */
  readonly from?: string;
  readonly to?: string;
  readonly ocid?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

export interface OcdsReleaseItem {
  readonly position: number;
  readonly release: Release;
}

function filters(query: OcdsReleaseQuery): Filter<typeof ocdsReleases>[] {
  const out: Filter<typeof ocdsReleases>[] = [];
  if (query.sincePosition !== undefined)
    out.push({ column: 'position', op: '>', value: query.sincePosition });
  if (query.from !== undefined) out.push({ column: 'date', op: '>=', value: query.from });
  if (query.to !== undefined) out.push({ column: 'date', op: '<', value: query.to });
  if (query.ocid !== undefined) out.push({ column: 'ocid', op: '=', value: query.ocid });
  return out;
}

/** Releases in publication (log) order: the order a consumer applies them in, and the merge order of records. */
export async function ocdsReleasePage(
  readStore: ReadStore,
  query: OcdsReleaseQuery = {},
): Promise<Page<OcdsReleaseItem>> {
  const page = await queryTable(readStore, ocdsProjection, ocdsReleases, {
    filters: filters(query),
    orderBy: [{ column: 'position' }],
    limit: query.limit,
    cursor: query.cursor ?? null,
  });
  return {
    items: page.items.map((row) => ({ position: row.position, release: row.release })),
    nextCursor: page.nextCursor,
  };
}

/**
 * Every release matching `query`, page by page (MAX_PAGE rows per read): the bulk download and
 * the CLI export write each page out before reading the next, so memory stays one page.
 */
export async function* ocdsReleaseStream(
  readStore: ReadStore,
  query: Omit<OcdsReleaseQuery, 'cursor' | 'limit'> = {},
): AsyncGenerator<OcdsReleaseItem> {
  let cursor: string | null = null;
  do {
    const page: Page<OcdsReleaseItem> = await ocdsReleasePage(readStore, {
      ...query,
      limit: MAX_PAGE,
      cursor,
    });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor !== null);
}

/**
 * Every release's JSON text in log order, as stored (the `release` column holds exactly
 * JSON.stringify(release)), read 2,000 rows at a time by position: the bulk download and the CLI
 * export write it out without parsing and re-serialising each release.
 */
export async function* ocdsReleaseJsonStream(
  readStore: ReadStore,
  query: Pick<OcdsReleaseQuery, 'sincePosition'> = {},
): AsyncGenerator<string> {
  const name = await readStore.tableName(ocdsProjection, ocdsReleases);
  let after = query.sincePosition ?? 0;
  for (;;) {
    const rows = (await readStore.db
      .selectFrom(name)
      .select(['position', 'release'])
      .where('position', '>', after)
      .orderBy('position')
      .limit(2_000)
      .execute()) as {
      position: number | string;
      release: string;
    }[];
    for (const row of rows) yield row.release;
    if (rows.length < 2_000) return;
    after = Number(rows[rows.length - 1]!.position);
  }
}

/** How many releases match, and the date of the latest (a package's publishedDate); null when none. */
export async function ocdsReleaseSummary(
  readStore: ReadStore,
  query: Omit<OcdsReleaseQuery, 'cursor' | 'limit'> = {},
): Promise<{ count: number; lastDate: string | null; lastPosition: number | null }> {
  const name = await readStore.tableName(ocdsProjection, ocdsReleases);
  let q = readStore.db
    .selectFrom(name)
    .select((eb) => [eb.fn.countAll().as('count'), eb.fn.max('position').as('last')]);
  for (const f of filters(query))
    q = q.where(f.column, f.op as '>' | '>=' | '<' | '=', f.value as string | number);
  const row = (await q.executeTakeFirst()) as
    { count: number | string | bigint; last: number | string | null } | undefined;
  const count = Number(row?.count ?? 0);
  if (count === 0 || row?.last === null || row?.last === undefined)
    return { count, lastDate: null, lastPosition: null };
  const lastPosition = Number(row.last);
  const { items } = await queryTable(readStore, ocdsProjection, ocdsReleases, {
    where: { position: lastPosition },
    limit: 1,
  });
  return { count, lastDate: items[0]?.date ?? null, lastPosition };
}

/** The record of one contracting process (its releases embedded, in order, and the compiled release); null if it has published nothing. */
export async function ocdsRecord(readStore: ReadStore, ocid: string): Promise<OcdsRecord | null> {
  const { items } = await queryTable(readStore, ocdsProjection, ocdsRecords, {
    where: { ocid },
    limit: 1,
  });
  const row = items[0];
  if (row === undefined || row.compiled === null) return null;
  const releases = await allRows(readStore, ocdsProjection, ocdsReleases, {
    where: { ocid },
    orderBy: [{ column: 'position' }],
  });
  return { ocid, releases: releases.map((r) => r.release), compiledRelease: row.compiled };
}
