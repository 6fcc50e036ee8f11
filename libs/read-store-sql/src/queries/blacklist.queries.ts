import { blacklistProjection, debarments, type Row } from '@contract-ledger/projections';
import type { ReadStore } from '../read-store';
import { allRows, InvalidQueryError, queryTable, type Page } from '../query';

export type DebarmentRow = Row<typeof debarments>;

/** What the public list shows: no evidence references, no proposal ids. */
export type PublicDebarment = Pick<
  DebarmentRow,
  'supplierId' | 'supplierName' | 'grounds' | 'authority' | 'from' | 'until' | 'indefinite'
>;

/** Debarments in force at `at` (from <= at < effective end), oldest first. */
export async function currentDebarments(
  readStore: ReadStore,
  at: string,
  page: { limit?: number; cursor?: string | null } = {},
): Promise<Page<DebarmentRow>> {
  // "Indefinite or ending after `at`" is an OR the keyset pager does not express; the blacklist is
  // small (hundreds of rows), so filter in memory and page by offset.
  const started = await allRows(readStore, blacklistProjection, debarments, {
    filters: [{ column: 'from', op: '<=', value: at }],
    orderBy: [{ column: 'from' }],
  });
  const current = started.filter((d) => d.effectiveUntil === null || d.effectiveUntil > at);
  const offset = page.cursor ? decodeOffset(page.cursor) : 0;
  const limit = page.limit ?? 50;
  const items = current.slice(offset, offset + limit);
  return {
    items,
    nextCursor:
      offset + limit < current.length
        ? Buffer.from(String(offset + limit)).toString('base64url')
        : null,
  };
}

/** The offset a nextCursor of currentDebarments encodes; anything else is refused as the keyset pager refuses a foreign cursor. */
function decodeOffset(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  // Round-tripped: base64url decoding skips characters outside its alphabet instead of failing.
  if (/^(0|[1-9]\d{0,15})$/.test(text) && Buffer.from(text).toString('base64url') === cursor)
    return Number(text);
  throw new InvalidQueryError('Malformed cursor');
}

export async function publicBlacklist(
  readStore: ReadStore,
  at: string,
  page: { limit?: number; cursor?: string | null } = {},
): Promise<Page<PublicDebarment>> {
  const { items, nextCursor } = await currentDebarments(readStore, at, page);
  return {
    items: items.map(
      ({ supplierId, supplierName, grounds, authority, from, until, indefinite }) => ({
        supplierId,
        supplierName,
        grounds,
        authority,
        from,
        until,
        indefinite,
      }),
    ),
    nextCursor,
  };
}

/** Every debarment ever imposed, lifted ones included, optionally of one supplier. */
export function debarmentHistory(
  readStore: ReadStore,
  options: { supplierId?: string; limit?: number; cursor?: string | null } = {},
): Promise<Page<DebarmentRow>> {
  return queryTable(readStore, blacklistProjection, debarments, {
    ...(options.supplierId ? { where: { supplierId: options.supplierId } } : {}),
    orderBy: [{ column: 'position' }],
    limit: options.limit,
    cursor: options.cursor ?? null,
  });
}

/** "Was supplier X debarred at instant T": the debarment in force then, or null. */
export async function debarmentAt(
  readStore: ReadStore,
  supplierId: string,
  at: string,
): Promise<DebarmentRow | null> {
  const rows = await allRows(readStore, blacklistProjection, debarments, {
    where: { supplierId },
    filters: [{ column: 'from', op: '<=', value: at }],
  });
  return rows.find((d) => d.effectiveUntil === null || d.effectiveUntil > at) ?? null;
}
