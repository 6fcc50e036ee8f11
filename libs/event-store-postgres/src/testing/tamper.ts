import type { Pool } from 'pg';
import type { TamperHooks } from '@contract-ledger/event-store/testing';

/**
 * Edits as the table owner can make them: `ALTER TABLE ... DISABLE TRIGGER` lifts the
 * append-only guard inside one transaction (a superuser could equally use
 * `SET session_replication_role = replica`). Only the hash chain can tell afterwards.
 */
export function postgresTamperHooks(pool: Pool, schema: string): TamperHooks {
  const table = `"${schema}".events`;
  const unguarded = async (statements: readonly [string, unknown[]][]): Promise<void> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`ALTER TABLE ${table} DISABLE TRIGGER events_append_only`);
      for (const [text, values] of statements) await client.query(text, values);
      await client.query(`ALTER TABLE ${table} ENABLE TRIGGER events_append_only`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    editData: (position, data) =>
      unguarded([
        [`UPDATE ${table} SET data = $1 WHERE position = $2`, [JSON.stringify(data), position]],
      ]),
    deleteRow: (position) => unguarded([[`DELETE FROM ${table} WHERE position = $1`, [position]]]),
    swapRows: (a, b) =>
      unguarded([
        [`UPDATE ${table} SET position = -1 WHERE position = $1`, [a]],
        [`UPDATE ${table} SET position = $1 WHERE position = $2`, [a, b]],
        [`UPDATE ${table} SET position = $1 WHERE position = -1`, [b]],
      ]),
  };
}
