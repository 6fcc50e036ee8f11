import type { AnyTable, Column, Projection, Row } from '@contract-ledger/projections';
import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { createHash } from 'node:crypto';
import { decodeRow, encodeValue } from './codec';
import type { ReadStore } from './read-store';

export type FilterOp =
  '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'is null' | 'is not null' | 'like';

export interface Filter<T extends AnyTable> {
  readonly column: keyof Row<T> & string;
  readonly op: FilterOp;
  readonly value?: unknown;
}

export interface Sort<T extends AnyTable> {
  readonly column: keyof Row<T> & string;
  readonly direction?: 'asc' | 'desc';
}

export interface PageRequest<T extends AnyTable> {
  /** Equality on columns, or explicit filters; both are ANDed. */
  readonly where?: Partial<Row<T>>;
  readonly filters?: readonly Filter<T>[];
  /** Non-null columns (or nullable ones a filter restricts to non-null); the table key is appended so the order (and the cursor) is total. */
  readonly orderBy?: readonly Sort<T>[];
  /** 1..MAX_PAGE (default 50). */
  readonly limit?: number;
  /** `nextCursor` of the previous page; must come with the same filters and order. */
  readonly cursor?: string | null;
}

export interface Page<R> {
  readonly items: R[];
  /** Opaque; null on the last page. */
  readonly nextCursor: string | null;
}

export const MAX_PAGE = 500;

export class InvalidQueryError extends Error {
  readonly code = 'INVALID_QUERY';
}

/**
 * One page of a read-model table in the version queries currently read from, with keyset (cursor)
 * paging: stable under concurrent inserts, and as fast for page 1,000 as for page 1.
 */
export async function queryTable<T extends AnyTable>(
  readStore: ReadStore,
  projection: Pick<Projection, 'name'>,
  tableDef: T,
  request: PageRequest<T> = {},
): Promise<Page<Row<T>>> {
  const columns = tableDef.columns as Record<string, Column<unknown>>;
  const dialect = readStore.dialect;
  const limit = request.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
    throw new InvalidQueryError(`limit must be 1..${MAX_PAGE}`);
  const order: { column: string; direction: 'asc' | 'desc' }[] = (request.orderBy ?? []).map(
    (s) => ({
      column: s.column,
      direction: s.direction ?? 'asc',
    }),
  );
  const filters: { column: string; op: FilterOp; value?: unknown }[] = [
    ...Object.entries(request.where ?? {}).map(([column, value]) => ({
      column,
      op: (value === null ? 'is null' : '=') as FilterOp,
      value,
    })),
    ...(request.filters ?? []),
  ];
  // A nullable column may be a sort key only where a filter already excludes its nulls.
  const nonNull = new Set(
    filters.filter((f) => f.op !== 'is null' && f.op !== 'in').map((f) => f.column),
  );
  for (const { column } of order) {
    const spec = columns[column];
    if (!spec || (spec.nullable && !nonNull.has(column)) || spec.kind === 'json')
      throw new InvalidQueryError(`Cannot sort by ${column}`);
  }
  for (const column of tableDef.key as string[])
    if (!order.some((o) => o.column === column)) order.push({ column, direction: 'asc' });

  const enc = (column: string, value: unknown): unknown => {
    const spec = columns[column];
    if (!spec) throw new InvalidQueryError(`Unknown column ${column}`);
    return encodeValue(dialect, spec, value);
  };

  const name = await readStore.tableName(projection, tableDef);
  let query = readStore.db.selectFrom(name).selectAll();
  for (const filter of filters) {
    if (filter.op === 'is null' || filter.op === 'is not null') {
      enc(filter.column, null);
      query = query.where(filter.column, filter.op === 'is null' ? 'is' : 'is not', null);
    } else if (filter.op === 'in') {
      const values = Array.isArray(filter.value) ? filter.value : [];
      if (values.length === 0) return { items: [], nextCursor: null };
      query = query.where(
        filter.column,
        'in',
        values.map((v) => enc(filter.column, v)),
      );
    } else {
      query = query.where(
        filter.column,
        filter.op === '!=' ? '<>' : filter.op,
        enc(filter.column, filter.value),
      );
    }
  }
  // A cursor carries its query's tag: one from another query (other filters, order or table) is
  // refused rather than read as a position in this one.
  const tag = queryTag(tableDef, filters, order);
  if (request.cursor) {
    const after = decodeCursor(
      request.cursor,
      tag,
      order.map((o) => columns[o.column]!),
    );
    // (a, b, c) after (x, y, z) in mixed directions: a > x OR (a = x AND b > y) OR ...
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    query = query.where((eb: ExpressionBuilder<any, any>) => {
      const alternatives: Expression<SqlBool>[] = order.map((o, i) => {
        const equal = order.slice(0, i).map((p, j) => eb(p.column, '=', enc(p.column, after[j])));
        return eb.and([
          ...equal,
          eb(o.column, o.direction === 'asc' ? '>' : '<', enc(o.column, after[i])),
        ]);
      });
      return eb.or(alternatives);
    });
  }
  for (const o of order) query = query.orderBy(o.column, o.direction);
  const rows = await query.limit(limit + 1).execute();
  const items = rows.slice(0, limit).map((row) => decodeRow(tableDef, row) as Row<T>);
  const last = items[items.length - 1] as Record<string, unknown> | undefined;
  return {
    items,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor(
            tag,
            order.map((o) => last[o.column]),
          )
        : null,
  };
}

/** Every row matching `request`, page by page; for tests, the CLI and small tables. */
export async function allRows<T extends AnyTable>(
  readStore: ReadStore,
  projection: Pick<Projection, 'name'>,
  tableDef: T,
  request: Omit<PageRequest<T>, 'cursor' | 'limit'> = {},
): Promise<Row<T>[]> {
  const out: Row<T>[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Row<T>> = await queryTable(readStore, projection, tableDef, {
      ...request,
      limit: MAX_PAGE,
      cursor,
    });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/**
 * The cursor of a page of `tableDef` (in its key order, no `orderBy`) that ends at `row`: for a
 * caller that leaves rows out of what it read, so its page ends before the last row read. `where`
 * is the request's, so the cursor is tagged as queryTable tags it.
 */
export function cursorAfter<T extends AnyTable>(
  tableDef: T,
  row: Row<T>,
  where: Partial<Row<T>> = {},
): string {
  const key = tableDef.key as string[];
  const filters = Object.entries(where).map(([column, value]) => ({
    column,
    op: (value === null ? 'is null' : '=') as FilterOp,
    value,
  }));
  return encodeCursor(
    queryTag(
      tableDef,
      filters,
      key.map((column) => ({ column, direction: 'asc' as const })),
    ),
    key.map((column) => (row as Record<string, unknown>)[column]),
  );
}

/** A short digest of what a page is of: the table, its filters and its order. */
function queryTag(
  tableDef: AnyTable,
  filters: readonly { column: string; op: FilterOp; value?: unknown }[],
  order: readonly { column: string; direction: 'asc' | 'desc' }[],
): string {
  return createHash('sha256')
    .update(JSON.stringify([tableDef.name, filters, order]))
    .digest('base64url')
    .slice(0, 12);
}

function encodeCursor(tag: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify([tag, ...values])).toString('base64url');
}

/** The key values after the tag, each of its column's kind: anything else is not this query's cursor. */
function decodeCursor(cursor: string, tag: string, columns: readonly Column<unknown>[]): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    throw new InvalidQueryError('Malformed cursor');
  }
  if (!Array.isArray(decoded) || decoded.length !== columns.length + 1)
    throw new InvalidQueryError('Malformed cursor');
  if (decoded[0] !== tag)
    throw new InvalidQueryError('The cursor is from another query (other filters or order)');
  const values = decoded.slice(1);
  columns.forEach((column, i) => {
    const value = values[i];
    const fits =
      value === null
        ? column.nullable === true
        : column.kind === 'integer'
          ? Number.isSafeInteger(value)
          : column.kind === 'text'
            ? typeof value === 'string'
            : column.kind === 'boolean'
              ? typeof value === 'boolean'
              : false;
    if (!fits) throw new InvalidQueryError('Malformed cursor');
  });
  return values;
}
