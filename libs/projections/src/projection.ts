import type { AnyTable, KeyOf, Row } from './schema';

/**
 * The part of a recorded event a projection may look at. Structurally a subset of the event
 * store's RecordedEvent, declared here because pure libs may not depend on the store (platform:node).
 */
export interface ProjectionEvent<Type extends string = string, Data = unknown> {
  readonly position: number;
  readonly eventId: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: {
    readonly actor: string;
    readonly role: string;
    readonly scope?: string;
    readonly correlationId: string;
    readonly causationId?: string;
    readonly occurredAt: string;
    readonly [extra: string]: unknown;
  };
  readonly recordedAt: string;
}

export type Where<T extends AnyTable> = Partial<Row<T>>;

/**
 * What `apply` writes through: keyed rows in the projection's own tables, nothing else. The runner
 * implements it over SQL inside the batch transaction; projections/testing implements it in memory.
 * Rows handed out are the caller's to read, not to mutate: `put` a new object instead.
 */
export interface ProjectionTx {
  get<T extends AnyTable>(table: T, key: KeyOf<T>): Promise<Row<T> | undefined>;
  /** Insert or replace the whole row. */
  put<T extends AnyTable>(table: T, row: Row<T>): Promise<void>;
  /**
   * Add a row whose key does not exist yet: for append-only tables (one row per event), where
   * `put`'s conflict handling and bookkeeping per key are wasted work. A key that already exists
   * is an error, as a primary-key violation is in SQL, so a projection that re-inserts fails its
   * spec rather than silently overwriting.
   */
  insert<T extends AnyTable>(table: T, row: Row<T>): Promise<void>;
  delete<T extends AnyTable>(table: T, key: KeyOf<T>): Promise<void>;
  /** Rows whose columns equal `where` (all of them for `{}`), in key order. */
  find<T extends AnyTable>(table: T, where: Where<T>): Promise<Row<T>[]>;
}

export interface Projection {
  /** snake_case, unique; part of table names and the checkpoint key. */
  readonly name: string;
  /** Bump to rebuild from position 0 into fresh tables (docs/projections.md). */
  readonly version: number;
  readonly tables: readonly AnyTable[];
  readonly canHandle: (event: ProjectionEvent) => boolean;
  readonly apply: (tx: ProjectionTx, event: ProjectionEvent) => Promise<void>;
}

const NAME = /^[a-z][a-z0-9_]*$/;

export function defineProjection<P extends Projection>(projection: P): P {
  if (!NAME.test(projection.name))
    throw new Error(`Projection name ${projection.name} must be snake_case`);
  if (!Number.isSafeInteger(projection.version) || projection.version < 1) {
    throw new Error(`Projection ${projection.name}: version must be a positive integer`);
  }
  const names = new Set(projection.tables.map((t) => t.name));
  if (names.size !== projection.tables.length)
    throw new Error(`Projection ${projection.name} declares a table twice`);
  return projection;
}

/** `canHandle` for the common case: a fixed set of event types. */
export function handles(...types: readonly string[]): (event: ProjectionEvent) => boolean {
  const set = new Set(types);
  return (event) => set.has(event.type);
}
