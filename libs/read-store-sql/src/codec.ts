import type { AnyTable, Column, ColumnKind } from '@contract-ledger/projections';

export type Dialect = 'sqlite' | 'postgres';

export function sqlType(dialect: Dialect, kind: ColumnKind): string {
  switch (kind) {
    case 'text':
    case 'json':
      return 'text';
    case 'integer':
      return dialect === 'postgres' ? 'bigint' : 'integer';
    case 'boolean':
      return dialect === 'postgres' ? 'boolean' : 'integer';
  }
}

/** Table name of one version of a projection's table: old and new versions live side by side. */
export function physicalName(projection: string, version: number, tableName: string): string {
  return `rm_${projection}_v${version}_${tableName}`;
}

export function encodeValue(dialect: Dialect, column: Column<unknown>, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.kind === 'json') return JSON.stringify(value);
  // better-sqlite3 refuses to bind booleans.
  if (column.kind === 'boolean' && dialect === 'sqlite') return value ? 1 : 0;
  return value;
}

export function decodeValue(column: Column<unknown>, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'text':
      return value;
    // pg returns BIGINT as a string so that it cannot silently lose precision; ours are safe integers.
    case 'integer':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return value === true || value === 1;
    case 'json':
      return JSON.parse(value as string);
  }
}

export function encodeRow(
  dialect: Dialect,
  tableDef: AnyTable,
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(
    tableDef.columns as Record<string, Column<unknown>>,
  )) {
    out[name] = encodeValue(dialect, column, row[name]);
  }
  return out;
}

export function decodeRow(
  tableDef: AnyTable,
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(
    tableDef.columns as Record<string, Column<unknown>>,
  )) {
    out[name] = decodeValue(column, row[name]);
  }
  return out;
}
