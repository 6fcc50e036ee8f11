import {
  assertRow,
  type AnyTable,
  type Column,
  type KeyOf,
  type ProjectionTx,
  type Row,
  type Where,
} from '@contract-ledger/projections';
import { CompiledQuery, sql } from 'kysely';
import { decodeRow, encodeValue, type Dialect } from './codec';
import { createIndexes, type AnyTransaction } from './read-store';

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
  /** The definitions of `columns`, in the same order: encoding a row looks nothing up by name. */
  readonly columnDefs: readonly Column<unknown>[];
  readonly key: readonly string[];
  /** The key's only column, or undefined for a composite key (see `rowKey`). */
  readonly single: string | undefined;
  get?: string;
  delete?: string;
  readonly upserts: Map<number, string>;
  /** Plain multi-row INSERTs (no conflict clause) of `insert`, by row count. */
  readonly inserts: Map<number, string>;
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
    const chunk = Math.max(
      1,
      Math.min(MAX_ROWS_PER_UPSERT, Math.floor(MAX_PARAMETERS / columns.length)),
    );
    found = {
      columns,
      columnDefs: columns.map(
        (column) => (def.columns as Record<string, Column<unknown>>)[column]!,
      ),
      key: [...def.key] as string[],
      single: def.key.length === 1 ? (def.key[0] as string) : undefined,
      upserts: new Map(),
      inserts: new Map(),
      chunk,
    };
    byName.set(name, found);
  }
  return found;
}

/**
 * The buffer's key of a row: the value itself for a one-column key (most tables; a string or a
 * number, so no text to build per read and write), the key columns' values as JSON otherwise.
 */
function rowKey(table: TableSql, row: Readonly<Record<string, unknown>>): unknown {
  if (table.single !== undefined) return row[table.single] ?? null;
  return JSON.stringify(table.key.map((column) => row[column] ?? null));
}

/** The key columns' values of a buffer key (`rowKey` the other way). */
function keyValues(table: TableSql, key: unknown): unknown[] {
  return table.single !== undefined ? [key] : (JSON.parse(key as string) as unknown[]);
}

interface TableState {
  readonly def: AnyTable;
  readonly physical: string;
  readonly sql: TableSql;
  /** Rows read or written in this batch; null = deleted. */
  readonly rows: Map<unknown, Record<string, unknown> | null>;
  readonly dirty: Set<unknown>;
  /**
   * Rows of `insert` not yet written, already encoded, column after column: an append-only row
   * needs neither a key string nor a buffered copy, only its values in statement order.
   */
  inserted: unknown[];
}

/**
 * ProjectionTx over one batch transaction. Writes are buffered and flushed as multi-row inserts,
 * upserts and deletes before `find` on the same table and at the end of the batch, because one
 * statement per row is what would make a rebuild slow; reads see the batch's own writes (through
 * the buffer, or after writing the pending inserts first).
 */
export class SqlProjectionTx implements ProjectionTx {
  private readonly tables = new Map<AnyTable, TableState>();

  /** Tables whose secondary indexes this transaction made sure of (see `indexesDeferred`). */
  private readonly indexed = new Set<AnyTable>();

  /**
   * `indexesDeferred`: the tables may lack their secondary indexes (a rebuild builds them at the
   * end); `find` builds a table's indexes first, so a projection that searches a table during the
   * rebuild does not scan it on every search.
   */
  constructor(
    private readonly dialect: Dialect,
    private readonly trx: AnyTransaction,
    physicalNames: ReadonlyMap<AnyTable, string>,
    private readonly indexesDeferred = false,
  ) {
    for (const [def, physical] of physicalNames) {
      this.tables.set(def, {
        def,
        physical,
        sql: tableSql(def, dialect, physical),
        rows: new Map(),
        dirty: new Set(),
        inserted: [],
      });
    }
  }

  private state(tableDef: AnyTable): TableState {
    const state = this.tables.get(tableDef);
    if (!state) throw new Error(`Table ${tableDef.name} is not declared by this projection`);
    return state;
  }

  async get<T extends AnyTable>(tableDef: T, key: KeyOf<T>): Promise<Row<T> | undefined> {
    const state = this.state(tableDef);
    const k = rowKey(state.sql, key);
    const buffered = state.rows.get(k);
    if (buffered !== undefined) return (buffered ?? undefined) as Row<T> | undefined;
    // The row may be among the pending inserts: let the database answer with them written.
    if (state.inserted.length > 0) await this.flushInserts(state);
    state.sql.get ??= this.trx
      .selectFrom(state.physical)
      .selectAll()
      .where((eb) => eb.and((tableDef.key as string[]).map((column) => eb(column, '=', null))))
      .compile().sql;
    const parameters = (tableDef.key as string[]).map((column) =>
      encodeValue(this.dialect, tableDef.columns[column], (key as Record<string, unknown>)[column]),
    );
    const result = await this.trx.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(state.sql.get, parameters),
    );
    const found = result.rows[0] ? decodeRow(tableDef, result.rows[0]) : null;
    state.rows.set(k, found);
    return (found ?? undefined) as Row<T> | undefined;
  }

  async put<T extends AnyTable>(tableDef: T, row: Row<T>): Promise<void> {
    assertRow(tableDef, row);
    const state = this.state(tableDef);
    const k = rowKey(state.sql, row);
    state.rows.set(k, { ...row });
    state.dirty.add(k);
  }

  async insert<T extends AnyTable>(tableDef: T, row: Row<T>): Promise<void> {
    assertRow(tableDef, row);
    const state = this.state(tableDef);
    if (state.rows.size > 0) {
      // Keep the order of writes: buffered puts and deletes of this table go first. The read
      // cache is dropped because it may say "absent" for the key being inserted.
      await this.flushTable(state);
      state.rows.clear();
    }
    const { columns, columnDefs } = state.sql;
    for (let i = 0; i < columns.length; i++)
      state.inserted.push(
        encodeValue(this.dialect, columnDefs[i]!, (row as Record<string, unknown>)[columns[i]!]),
      );
  }

  async delete<T extends AnyTable>(tableDef: T, key: KeyOf<T>): Promise<void> {
    const state = this.state(tableDef);
    const k = rowKey(state.sql, key);
    state.rows.set(k, null);
    state.dirty.add(k);
  }

  async find<T extends AnyTable>(tableDef: T, where: Where<T>): Promise<Row<T>[]> {
    const state = this.state(tableDef);
    await this.flushTable(state);
    if (this.indexesDeferred && !this.indexed.has(tableDef)) {
      await createIndexes(this.trx, tableDef, state.physical);
      this.indexed.add(tableDef);
    }
    let query = this.trx.selectFrom(state.physical).selectAll();
    for (const [column, value] of Object.entries(where)) {
      query =
        value === null
          ? query.where(column, 'is', null)
          : query.where(column, '=', encodeValue(this.dialect, tableDef.columns[column], value));
    }
    for (const column of tableDef.key as string[]) query = query.orderBy(column);
    const rows = await query.execute();
    return rows.map((row) => decodeRow(tableDef, row) as Row<T>);
  }

  async flush(): Promise<void> {
    for (const state of this.tables.values()) await this.flushTable(state);
  }

  /** Writes the pending inserts; a key that exists fails the statement and so the batch. */
  private async flushInserts(state: TableState): Promise<void> {
    const values = state.inserted;
    if (values.length === 0) return;
    state.inserted = [];
    const width = state.sql.columns.length;
    const total = values.length / width;
    let done = 0;
    while (done < total) {
      const rows = this.statementRows(state.sql, total - done);
      const parameters = values.slice(done * width, (done + rows) * width);
      await this.trx.executeQuery(
        CompiledQuery.raw(this.insertSql(state, rows, false), parameters),
      );
      done += rows;
    }
  }

  /** A full chunk at a time, then the rest in powers of two: few distinct statement texts. */
  private statementRows(table: TableSql, left: number): number {
    return left >= table.chunk ? table.chunk : 2 ** Math.floor(Math.log2(left));
  }

  private async flushTable(state: TableState): Promise<void> {
    // Inserts first: any put or delete buffered before an insert was flushed by `insert` itself,
    // so what is still buffered came after the pending inserts.
    await this.flushInserts(state);
    if (state.dirty.size === 0) return;
    const { def, sql: table } = state;
    const columns = def.columns as Record<string, Column<unknown>>;
    const upserts: Record<string, unknown>[] = [];
    const deletes: unknown[][] = [];
    for (const k of state.dirty) {
      const row = state.rows.get(k);
      if (row) upserts.push(row);
      else deletes.push(keyValues(table, k));
    }
    state.dirty.clear();
    if (deletes.length > 0) {
      table.delete ??= this.trx
        .deleteFrom(state.physical)
        .where((eb) => eb.and(table.key.map((column) => eb(column, '=', null))))
        .compile().sql;
      for (const values of deletes) {
        const parameters = table.key.map((column, i) =>
          encodeValue(this.dialect, columns[column]!, values[i]),
        );
        await this.trx.executeQuery(CompiledQuery.raw(table.delete, parameters));
      }
    }
    let done = 0;
    while (done < upserts.length) {
      const rows = this.statementRows(table, upserts.length - done);
      const parameters: unknown[] = [];
      const { columns: names, columnDefs } = table;
      for (let i = done; i < done + rows; i++) {
        const row = upserts[i]!;
        for (let c = 0; c < names.length; c++)
          parameters.push(encodeValue(this.dialect, columnDefs[c]!, row[names[c]!]));
      }
      await this.trx.executeQuery(CompiledQuery.raw(this.insertSql(state, rows, true), parameters));
      done += rows;
    }
  }

  /**
   * The multi-row upsert (or plain INSERT) of `rows` rows, compiled by Kysely once per table,
   * kind and row count.
   */
  private insertSql(state: TableState, rows: number, upsert: boolean): string {
    const table = state.sql;
    const cache = upsert ? table.upserts : table.inserts;
    const cached = cache.get(rows);
    if (cached !== undefined) return cached;
    const others = table.columns.filter((column) => !table.key.includes(column));
    const placeholder = Object.fromEntries(table.columns.map((column) => [column, null]));
    const insert = this.trx
      .insertInto(state.physical)
      .values(Array.from({ length: rows }, () => placeholder));
    const compiled = (
      upsert
        ? insert.onConflict((oc) =>
            others.length === 0
              ? oc.columns([...table.key]).doNothing()
              : oc
                  .columns([...table.key])
                  .doUpdateSet(
                    Object.fromEntries(
                      others.map((column) => [column, sql.ref(`excluded.${column}`)]),
                    ),
                  ),
          )
        : insert
    ).compile();
    // The parameters must be exactly the row values in column order, as they are bound.
    if (compiled.parameters.length !== rows * table.columns.length) {
      throw new Error(
        `${state.physical}: insert compiled with ${compiled.parameters.length} parameters, expected ${rows * table.columns.length}`,
      );
    }
    cache.set(rows, compiled.sql);
    return compiled.sql;
  }
}
