import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  InvalidQueryError,
  UnknownProjectionError,
  type ReadStore,
} from '@contract-ledger/read-store-sql';
import { ProblemException, validationFailed } from '../platform';
import { ReadSide, type ReadModelName } from './read-side';

/** Read-your-writes: the log position the read model must have applied, and how long to wait for it. */
export interface Freshness {
  readonly minPosition?: number | undefined;
  readonly maxWaitMs?: number | undefined;
}

/**
 * The one way a route reads a projection: wait until `projection` has applied
 * `freshness.minPosition` (504 PROJECTION_TIMEOUT past the wait), then `read` the read store, its
 * refusals turned into problems (400 for a cursor of another query, 503 for a read model never
 * built). Every list and search is one of these, so none costs in proportion to the log.
 */
export class ReadModelQuery<T> extends Query<T> {
  constructor(
    readonly projection: ReadModelName,
    readonly freshness: Freshness,
    readonly read: (store: ReadStore) => Promise<T>,
  ) {
    super();
  }
}

@QueryHandler(ReadModelQuery)
export class ReadModelQueryHandler implements IQueryHandler<ReadModelQuery<unknown>> {
  constructor(private readonly readSide: ReadSide) {}

  async execute({ projection, freshness, read }: ReadModelQuery<unknown>): Promise<unknown> {
    await this.readSide.ready(projection, freshness.minPosition, freshness.maxWaitMs);
    return query(() => read(this.readSide.readStore));
  }
}

/**
 * Runs a read-model query, turning its refusals into problems: a cursor from another query is the
 * client's mistake (400); a read model never built (worker not started yet) is a 503, not a bug.
 */
async function query<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidQueryError)
      throw validationFailed([{ field: 'cursor', messages: [error.message] }], error.message);
    if (error instanceof UnknownProjectionError) {
      throw new ProblemException({
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        detail: `${error.message}: start the projection runners (LEDGER_PROJECTIONS, docs/read-side.md) and retry`,
        headers: { 'Retry-After': '5' },
      });
    }
    throw error;
  }
}
