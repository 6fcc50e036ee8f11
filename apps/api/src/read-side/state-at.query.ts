import { Inject, Logger } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '@contract-ledger/application';
import { StateSnapshots, type EventStore } from '@contract-ledger/event-store';
import type { Viewer } from '@contract-ledger/feed';
import type { StateKind } from './read-side.dto';
import { reconstruct, type Reconstruction } from './reconstruct';

/**
 * An entity as it was at an instant or a global position (the audit route's asOf / atPosition):
 * the one read that folds the log itself, because no read model keeps every past state.
 */
export class StateAtQuery extends Query<Reconstruction | undefined> {
  constructor(
    readonly kind: StateKind,
    readonly id: string,
    readonly at: { readonly asOf?: string | undefined; readonly atPosition?: number | undefined },
    readonly viewer: Viewer | undefined,
    /** Fold every event from the first, ignoring snapshots (`verify=full`). */
    readonly full = false,
  ) {
    super();
  }
}

@QueryHandler(StateAtQuery)
export class StateAtHandler implements IQueryHandler<StateAtQuery> {
  /** Snapshots of folded state of long streams, in memory and beside the log: a cache (StateSnapshots). */
  private readonly snapshots = new StateSnapshots(undefined, undefined, (error) =>
    this.logger.warn(
      `stored snapshot not written (the answer is folded from the events): ${String(error)}`,
    ),
  );
  private readonly logger = new Logger('StateSnapshots');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ kind, id, at, viewer, full }: StateAtQuery): Promise<Reconstruction | undefined> {
    return reconstruct(this.store, kind, id, at, viewer, { snapshots: this.snapshots, full });
  }
}
