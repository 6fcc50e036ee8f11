import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  supplierAsKnownAt,
  supplierStream,
  type Id,
  type Instant,
  type RecordedSupplierEvent,
  type SupplierState,
} from '@contract-ledger/domain';
import type { EventStore } from '@contract-ledger/event-store';
import { EVENT_STORE } from '../ports';

/**
 * A supplier as the register knew it at a record time (bitemporal blacklist queries): its stream's
 * events the ledger recorded up to `knownAt` (each event's recordedAt in the store, not the decision
 * time in its data; the domain's supplierAsKnownAt), folded. A debarment corrected or annulled after
 * `knownAt` shows as it was known then; the valid-time question (debarred at T?) is the decider's
 * activeDebarmentAt on the result.
 */
export class SupplierAsKnownQuery extends Query<SupplierState> {
  constructor(
    readonly supplierId: Id,
    readonly knownAt: Instant,
  ) {
    super();
  }
}

@QueryHandler(SupplierAsKnownQuery)
export class SupplierAsKnownHandler implements IQueryHandler<SupplierAsKnownQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ supplierId, knownAt }: SupplierAsKnownQuery): Promise<SupplierState> {
    const recorded = await this.store.readStream(supplierStream(supplierId));
    // The store's events carry type, data and recordedAt: what supplierAsKnownAt reads.
    return supplierAsKnownAt(recorded as unknown as readonly RecordedSupplierEvent[], knownAt);
  }
}
