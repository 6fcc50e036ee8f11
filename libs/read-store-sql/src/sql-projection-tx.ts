import { assertRow, keyString, type AnyTable, type KeyOf, type ProjectionTx, type Row, type Where } from '@contract-ledger/projections';
import { CompiledQuery, sql } from 'kysely';
import { decodeRow, encodeRow, encodeValue, type Dialect } from './codec';
import type { AnyTransaction } from './read-store';

/** SQLite allows 32766 bound parameters per statement; PostgreSQL 65535. */
const MAX_PARAMETERS = 30_000;

interface TableState {
  readonly def: AnyTable;
  readonly physical: string;
  /** Rows read or written in this batch; null = deleted. */
  readonly rows: Map<string, Record<string, unknown> | null>;
  readonly dirty: Set<string>;
  getSql?: string;
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
    for (const [def, physical] of physicalNames) this.tables.set(def, { def, physical, rows: new Map(), dirty: new Set() });
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
    state.getSql ??= this.trx
      .selectFrom(state.physical)
      .selectAll()
      .where((eb) => eb.and((tableDef.key as string[]).map((column) => eb(column, '=', null))))
      .compile().sql;
    const parameters = (tableDef.key as string[]).map((column) =>
      encodeValue(this.dialect, tableDef.columns[column], (key as Record<string, unknown>)[column]),
    );
    const result = await this.trx.executeQuery<Record<string, unknown>>(CompiledQuery.raw(state.getSql, parameters));
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
    const upserts: Record<string, unknown>[] = [];
    const deletes: Record<string, unknown>[] = [];
    for (const k of state.dirty) {
      const row = state.rows.get(k);
      if (row) upserts.push(encodeRow(this.dialect, state.def, row));
      else deletes.push(Object.fromEntries((JSON.parse(k) as unknown[]).map((value, i) => [state.def.key[i], value])));
    }
    state.dirty.clear();
    const key = [...state.def.key] as string[];
    for (const row of deletes) {
      await this.trx
        .deleteFrom(state.physical)
        .where((eb) => eb.and(key.map((column) => eb(column, '=', encodeValue(this.dialect, state.def.columns[column], row[column])))))
        .execute();
    }
    const columns = Object.keys(state.def.columns);
    const others = columns.filter((column) => !key.includes(column));
    const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
    for (let i = 0; i < upserts.length; i += chunk) {
      await this.trx
        .insertInto(state.physical)
        .values(upserts.slice(i, i + chunk))
        .onConflict((oc) =>
          others.length === 0
            ? oc.columns(key).doNothing()
            : oc.columns(key).doUpdateSet(Object.fromEntries(others.map((column) => [column, sql.ref(`excluded.${column}`)]))),
        )
        .execute();
    }
  }
}
