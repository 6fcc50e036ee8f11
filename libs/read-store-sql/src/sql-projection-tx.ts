import { assertRow, keyString, type AnyTable, type Column, type KeyOf, type ProjectionTx, type Row, type Where } from '@contract-ledger/projections';
import { CompiledQuery, sql } from 'kysely';
import { decodeRow, encodeValue, type Dialect } from './codec';
import type { AnyTransaction } from './read-store';

/** SQLite allows 32766 bound parameters per statement; PostgreSQL 65535. */
const MAX_PARAMETERS = 30_000;
/** Most rows in one upsert statement: beyond this the statement text only grows, not the speed. */
const MAX_ROWS_PER_UPSERT = 256;

/**
 * The SQL of one physical table, compiled once per table and reused by every batch: building
 * and compiling a multi-row INSERT through Kysely for each flush cost more than SQLite executing
 * it. Upserts come in a few fixed row counts (a full chunk, then powers of two), so the texts are
 * few and the driver's prepared-statement cache (read-store.ts) hits.
 */
interface TableSql {
  readonly columns: readonly string[];
  readonly key: readonly string[];
  get?: string;
  delete?: string;
  readonly upserts: Map<number, string>;
  readonly chunk: number;
}

const sqlCache = new WeakMap<AnyTable, Map<string, TableSql>>();

/** Per table definition, then per dialect and physical name (placeholders differ: `?` and `$1`). */
function tableSql(def: AnyTable, dialect: Dialect, physical: string): TableSql {
  let byName = sqlCache.get(def);
  if (!byName) sqlCache.set(def, (byName = new Map()));
  const name = `${dialect} ${physical}`;
  let found = byName.get(name);
  if (!found) {
    const columns = Object.keys(def.columns);
    const chunk = Math.max(1, Math.min(MAX_ROWS_PER_UPSERT, Math.floor(MAX_PARAMETERS / columns.length)));
    found = { columns, key: [...def.key] as string[], upserts: new Map(), chunk };
    byName.set(name, found);
  }
  return found;
}

interface TableState {
  readonly def: AnyTable;
  readonly physical: string;
  readonly sql: TableSql;
  /** Rows read or written in this batch; null = deleted. */
  readonly rows: Map<string, Record<string, unknown> | null>;
  readonly dirty: Set<string>;
}

/**
 * ProjectionTx over one batch transaction. Writes are buffered and flushed as multi-row upserts
 * and deletes before `find` on the same table and at the end of the batch, because one statement
 * per row is what would make a rebuild slow; reads see the batch's own writes through the buffer.
 */
export class SqlProjectionTx implements ProjectionTx {
  private readonly tables = new Map<AnyTable, TableState>();

  constructor(
    private readonly dialect: Dialect,
    private readonly trx: AnyTransaction,
    physicalNames: ReadonlyMap<AnyTable, string>,
  ) {
    for (const [def, physical] of physicalNames) {
      this.tables.set(def, { def, physical, sql: tableSql(def, dialect, physical), rows: new Map(), dirty: new Set() });
    }
  }

  private state(tableDef: AnyTable): TableState {
    const state = this.tables.get(tableDef);
    if (!state) throw new Error(`Table ${tableDef.name} is not declared by this projection`);
    return state;
  }

  async get<T extends AnyTable>(tableDef: T, key: KeyOf<T>): Promise<Row<T> | undefined> {
    const state = this.state(tableDef);
    const k = keyString(tableDef, key);
    const buffered = state.rows.get(k);
    if (buffered !== undefined) return (buffered ?? undefined) as Row<T> | undefined;
    state.sql.get ??= this.trx
      .selectFrom(state.physical)
      .selectAll()
      .where((eb) => eb.and((tableDef.key as string[]).map((column) => eb(column, '=', null))))
      .compile().sql;
    const parameters = (tableDef.key as string[]).map((column) =>
      encodeValue(this.dialect, tableDef.columns[column], (key as Record<string, unknown>)[column]),
    );
    const result = await this.trx.executeQuery<Record<string, unknown>>(CompiledQuery.raw(state.sql.get, parameters));
    const found = result.rows[0] ? decodeRow(tableDef, result.rows[0]) : null;
    state.rows.set(k, found);
    return (found ?? undefined) as Row<T> | undefined;
  }

  async put<T extends AnyTable>(tableDef: T, row: Row<T>): Promise<void> {
    assertRow(tableDef, row);
    const state = this.state(tableDef);
    const k = keyString(tableDef, row);
    state.rows.set(k, { ...row });
    state.dirty.add(k);
  }

  async delete<T extends AnyTable>(tableDef: T, key: KeyOf<T>): Promise<void> {
    const state = this.state(tableDef);
    const k = keyString(tableDef, key);
    state.rows.set(k, null);
    state.dirty.add(k);
  }

  async find<T extends AnyTable>(tableDef: T, where: Where<T>): Promise<Row<T>[]> {
    const state = this.state(tableDef);
    await this.flushTable(state);
    let query = this.trx.selectFrom(state.physical).selectAll();
    for (const [column, value] of Object.entries(where)) {
      query =
        value === null ? query.where(column, 'is', null) : query.where(column, '=', encodeValue(this.dialect, tableDef.columns[column], value));
    }
    for (const column of tableDef.key as string[]) query = query.orderBy(column);
    const rows = await query.execute();
    return rows.map((row) => decodeRow(tableDef, row) as Row<T>);
  }

  async flush(): Promise<void> {
    for (const state of this.tables.values()) await this.flushTable(state);
  }

  private async flushTable(state: TableState): Promise<void> {
    if (state.dirty.size === 0) return;
    const { def, sql: table } = state;
    const columns = def.columns as Record<string, Column<unknown>>;
    const upserts: Record<string, unknown>[] = [];
    const deletes: unknown[][] = [];
    for (const k of state.dirty) {
      const row = state.rows.get(k);
      if (row) upserts.push(row);
      else deletes.push(JSON.parse(k) as unknown[]);
    }
    state.dirty.clear();
    if (deletes.length > 0) {
      table.delete ??= this.trx
        .deleteFrom(state.physical)
        .where((eb) => eb.and(table.key.map((column) => eb(column, '=', null))))
        .compile().sql;
      for (const values of deletes) {
        const parameters = table.key.map((column, i) => encodeValue(this.dialect, columns[column]!, values[i]));
        await this.trx.executeQuery(CompiledQuery.raw(table.delete, parameters));
      }
    }
    // A full chunk at a time, then the rest in powers of two: few distinct statement texts.
    let done = 0;
    while (done < upserts.length) {
      const left = upserts.length - done;
      const rows = left >= table.chunk ? table.chunk : 2 ** Math.floor(Math.log2(left));
      const parameters: unknown[] = [];
      for (let i = done; i < done + rows; i++) {
        const row = upserts[i]!;
        for (const column of table.columns) parameters.push(encodeValue(this.dialect, columns[column]!, row[column]));
      }
      await this.trx.executeQuery(CompiledQuery.raw(this.upsertSql(state, rows), parameters));
      done += rows;
    }
  }

  /** The multi-row upsert of `rows` rows, compiled by Kysely once per table and row count. */
  private upsertSql(state: TableState, rows: number): string {
    const table = state.sql;
    const cached = table.upserts.get(rows);
    if (cached !== undefined) return cached;
    const others = table.columns.filter((column) => !table.key.includes(column));
    const placeholder = Object.fromEntries(table.columns.map((column) => [column, null]));
    const compiled = this.trx
      .insertInto(state.physical)
      .values(Array.from({ length: rows }, () => placeholder))
      .onConflict((oc) =>
        others.length === 0
          ? oc.columns([...table.key]).doNothing()
          : oc.columns([...table.key]).doUpdateSet(Object.fromEntries(others.map((column) => [column, sql.ref(`excluded.${column}`)]))),
      )
      .compile();
    // The parameters must be exactly the row values in column order, as flushTable binds them.
    if (compiled.parameters.length !== rows * table.columns.length) {
      throw new Error(`${state.physical}: upsert compiled with ${compiled.parameters.length} parameters, expected ${rows * table.columns.length}`);
    }
    table.upserts.set(rows, compiled.sql);
    return compiled.sql;
  }
}
