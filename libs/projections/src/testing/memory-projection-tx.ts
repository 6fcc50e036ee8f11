import type { ProjectionTx, Where } from '../projection';
import { assertRow, compareKeys, keyString, type AnyTable, type KeyOf, type Row } from '../schema';

/**
 * The ProjectionTx over Maps: what projection specs run on. It stores a JSON copy of each row, as a
 * database would, so a projection that mutates a row after `put` fails its spec here too.
 */
export class MemoryProjectionTx implements ProjectionTx {
  private readonly tables = new Map<string, Map<string, Record<string, unknown>>>();

  private rowsOf(tableDef: AnyTable): Map<string, Record<string, unknown>> {
    let rows = this.tables.get(tableDef.name);
    if (!rows) this.tables.set(tableDef.name, (rows = new Map()));
    return rows;
  }

  async get<T extends AnyTable>(tableDef: T, key: KeyOf<T>): Promise<Row<T> | undefined> {
    const row = this.rowsOf(tableDef).get(keyString(tableDef, key));
    return row ? (copy(row) as Row<T>) : undefined;
  }

  async put<T extends AnyTable>(tableDef: T, row: Row<T>): Promise<void> {
    assertRow(tableDef, row);
    this.rowsOf(tableDef).set(keyString(tableDef, row), copy(row));
  }

  async insert<T extends AnyTable>(tableDef: T, row: Row<T>): Promise<void> {
    assertRow(tableDef, row);
    const rows = this.rowsOf(tableDef);
    const k = keyString(tableDef, row);
    if (rows.has(k)) throw new Error(`${tableDef.name}: insert of existing key ${k}`);
    rows.set(k, copy(row));
  }

  async delete<T extends AnyTable>(tableDef: T, key: KeyOf<T>): Promise<void> {
    this.rowsOf(tableDef).delete(keyString(tableDef, key));
  }

  async find<T extends AnyTable>(tableDef: T, where: Where<T>): Promise<Row<T>[]> {
    return this.rows(tableDef).filter((row) =>
      Object.entries(where).every(
        ([column, value]) => (row as Record<string, unknown>)[column] === value,
      ),
    );
  }

  /** Every row of a table in key order. */
  rows<T extends AnyTable>(tableDef: T): Row<T>[] {
    return [...this.rowsOf(tableDef).values()]
      .sort((a, b) => compareKeys(tableDef, a, b))
      .map((row) => copy(row) as Row<T>);
  }
}

function copy(row: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(row)) as Record<string, unknown>;
}
