import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { BudgetLineState, ContractState, Id, SupplierState } from '@contract-ledger/domain';
import type { EventStore } from '@contract-ledger/event-store';
import { readContract } from './contracts/contract-streams';
import { budgetLineState, supplierState, type Folded } from './facts';
import { EVENT_STORE } from './ports';
import { readTenderForView, type TenderForView } from './tenders/tender-view';

/** What reading one entity's stream gives, by kind (a tender also says which bids its opening disclosed). */
export interface EntityStates {
  readonly tender: TenderForView;
  readonly contract: Folded<ContractState>;
  readonly supplier: Folded<SupplierState>;
  readonly 'budget-line': Folded<BudgetLineState>;
}

export type EntityKind = keyof EntityStates;

/**
 * One entity as its own stream says now: the fold the command pipeline runs, so a route answers
 * what the next command will see (read-your-writes with no projection lag) and its ETag is the
 * stream's revision, the If-Match a client sends back. Its cost is the one stream's, never the
 * log's; lists and searches read projections (ReadModelQuery in the API), past states the audit
 * route's reconstruction.
 */
export class EntityStateQuery<K extends EntityKind> extends Query<EntityStates[K]> {
  constructor(
    readonly kind: K,
    readonly id: Id,
  ) {
    super();
  }
}

export function readEntityState<K extends EntityKind>(
  store: EventStore,
  kind: K,
  id: Id,
): Promise<EntityStates[K]> {
  const read: { readonly [k in EntityKind]: () => Promise<EntityStates[k]> } = {
    tender: () => readTenderForView(store, id),
    contract: () => readContract(store, id),
    supplier: () => supplierState(store, id),
    'budget-line': () => budgetLineState(store, id),
  };
  return read[kind]();
}

@QueryHandler(EntityStateQuery)
export class EntityStateHandler implements IQueryHandler<EntityStateQuery<EntityKind>> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ kind, id }: EntityStateQuery<EntityKind>): Promise<EntityStates[EntityKind]> {
    return readEntityState(this.store, kind, id);
  }
}
