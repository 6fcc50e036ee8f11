/**
 * Read-model tables as plain data. A projection declares its tables here and the runner creates
 * them (one set per projection version); the declared column kinds are also how rows are encoded
 * and decoded, so SQLite and PostgreSQL hand back the same JavaScript values.
 */

export type ColumnKind = 'text' | 'integer' | 'boolean' | 'json';

/** `T` is the JavaScript type of the value; it exists only for inference. */
export interface Column<T> {
  readonly kind: ColumnKind;
  readonly nullable: boolean;
  readonly __type?: T;
}

/** Strings, ISO-8601 instants included (they sort correctly as text). */
export const text = (): Column<string> => ({ kind: 'text', nullable: false });
/** Safe integers: positions, counts, money in minor units (BIGINT in PostgreSQL). */
export const integer = (): Column<number> => ({ kind: 'integer', nullable: false });
export const boolean = (): Column<boolean> => ({ kind: 'boolean', nullable: false });
/** Anything JSON-safe, stored as text; not for filtering or sorting. */
export const json = <T>(): Column<T> => ({ kind: 'json', nullable: false });
export const nullable = <T>(column: Column<T>): Column<T | null> => ({
  kind: column.kind,
  nullable: true,
});

export type Columns = Record<string, Column<unknown>>;

export interface TableDef<
  C extends Columns = Columns,
  K extends keyof C & string = keyof C & string,
> {
  /** snake_case; the runner prefixes it with the projection's name and version. */
  readonly name: string;
  readonly columns: C;
  readonly key: readonly K[];
  /** Secondary indexes, each a list of columns, for `find` and the queries. */
  readonly indexes?: readonly (readonly (keyof C & string)[])[];
}

// `any` here only widens the generic bound so every concrete table is assignable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTable = TableDef<any, any>;

type ValueOf<C> = C extends Column<infer T> ? T : never;

export type Row<T extends AnyTable> = {
  -readonly [K in keyof T['columns']]: ValueOf<T['columns'][K]>;
};
export type KeyOf<T extends AnyTable> = Pick<Row<T>, T['key'][number]>;

const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

export function table<C extends Columns, K extends keyof C & string>(
  definition: TableDef<C, K>,
): TableDef<C, K> {
  if (!IDENTIFIER.test(definition.name))
    throw new Error(`Table name ${definition.name} must be snake_case`);
  if (definition.key.length === 0) throw new Error(`Table ${definition.name} needs a key`);
  for (const column of [...definition.key, ...(definition.indexes ?? []).flat()]) {
    if (!(column in definition.columns))
      throw new Error(`Table ${definition.name} has no column ${column}`);
  }
  return definition;
}

/** A stable string for a row's key, in key-column order. */
export function keyString(tableDef: AnyTable, row: Readonly<Record<string, unknown>>): string {
  const key = tableDef.key as readonly string[];
  // One column (most tables): no array to build. Same text as the general case.
  if (key.length === 1) return `[${JSON.stringify(row[key[0]!] ?? null)}]`;
  return JSON.stringify(key.map((column) => row[column] ?? null));
}

interface ColumnCheck {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly nullable: boolean;
}

/** The columns of a table as a flat list, built once per table: assertRow runs for every row written. */
const columnChecks = new WeakMap<AnyTable, readonly ColumnCheck[]>();

function checksOf(tableDef: AnyTable): readonly ColumnCheck[] {
  let checks = columnChecks.get(tableDef);
  if (checks === undefined) {
    checks = Object.entries(tableDef.columns as Columns).map(([name, column]) => ({
      name,
      kind: column.kind,
      nullable: column.nullable,
    }));
    columnChecks.set(tableDef, checks);
  }
  return checks;
}

/**
 * Throws unless `row` has exactly the declared columns with values of their kind. Both the SQL and
 * the in-memory stores call it, so a projection bug fails the spec rather than the database.
 */
export function assertRow(tableDef: AnyTable, row: Readonly<Record<string, unknown>>): void {
  const checks = checksOf(tableDef);
  for (const { name, kind, nullable } of checks) {
    const value = row[name];
    if (value === null || value === undefined) {
      if (nullable && value === null) continue;
      throw new Error(
        `${tableDef.name}.${name}: ${value === undefined ? 'missing' : 'null in a non-nullable column'}`,
      );
    }
    const ok =
      kind === 'text'
        ? typeof value === 'string'
        : kind === 'integer'
          ? Number.isSafeInteger(value)
          : kind === 'boolean'
            ? typeof value === 'boolean'
            : true;
    if (!ok) throw new Error(`${tableDef.name}.${name}: ${JSON.stringify(value)} is not ${kind}`);
  }
  // Every declared column is present (checked above), so any further key is one too many.
  let keys = 0;
  for (const name in row) if (Object.prototype.hasOwnProperty.call(row, name)) keys++;
  if (keys !== checks.length) {
    const columns = tableDef.columns as Columns;
    for (const name of Object.keys(row)) {
      if (!(name in columns)) throw new Error(`${tableDef.name} has no column ${name}`);
    }
  }
}

/** Key order as the SQL stores sort it: numbers numerically, text by code unit. */
export function compareKeys(
  tableDef: AnyTable,
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): number {
  for (const column of tableDef.key as readonly string[]) {
    const x = a[column] as string | number;
    const y = b[column] as string | number;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}
