import type Database from 'better-sqlite3';
import type { SqlClient } from '@contract-ledger/messaging-kafka';

/**
 * better-sqlite3 behind the messaging lib's SqlClient port. One connection, so transactions are
 * queued: an async handler between BEGIN and COMMIT must not let another transaction's statements
 * in (they would silently join it).
 */
export function sqliteClient(db: Database.Database): SqlClient {
  let queue: Promise<unknown> = Promise.resolve();
  const run = async <Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> => {
    const statement = db.prepare(sql);
    if (statement.reader) return statement.all(...params) as Row[];
    statement.run(...params);
    return [];
  };
  const inTransaction: SqlClient = {
    dialect: 'sqlite',
    query: run,
    transaction: (work) => work(inTransaction),
  };
  return {
    dialect: 'sqlite',
    query: run,
    transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
      const result = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const value = await work(inTransaction);
          db.exec('COMMIT');
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
