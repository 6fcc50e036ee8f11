import type { Projection, ProjectionEvent } from '../projection';
import type { AnyTable, Row } from '../schema';
import { MemoryProjectionTx } from './memory-projection-tx';

/**
 * given(events) -> rows: feeds the events a projection can handle, in order, to a fresh in-memory
 * store and returns it for assertions.
 */
export async function project(
  projection: Projection,
  events: readonly ProjectionEvent[],
): Promise<ProjectedRows> {
  const tx = new MemoryProjectionTx();
  for (const event of events) if (projection.canHandle(event)) await projection.apply(tx, event);
  return new ProjectedRows(tx);
}

export class ProjectedRows {
  constructor(readonly tx: MemoryProjectionTx) {}

  rows<T extends AnyTable>(tableDef: T): Row<T>[] {
    return this.tx.rows(tableDef);
  }
}
