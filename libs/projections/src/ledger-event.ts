import type {
  BudgetLineEvent,
  ContractEvent,
  SupplierEvent,
  TenderEvent,
} from '@contract-ledger/domain';
import type { ProjectionEvent } from './projection';

/** Every event the deciders record, as one discriminated union on `type`. */
export type LedgerEvent = SupplierEvent | BudgetLineEvent | TenderEvent | ContractEvent;

/**
 * The log's events are the deciders' events (upcast on read to the current schema), so a
 * projection may narrow them by `type`; events of other producers simply fall through the switch.
 */
export function asLedgerEvent(event: ProjectionEvent): LedgerEvent {
  return event as unknown as LedgerEvent;
}
