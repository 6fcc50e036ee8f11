import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import type { Registered, SupplierState } from './evolve';

// Checks the supplier decider's command groups share.

export function registered(state: SupplierState): Registered {
  if (state.status !== 'registered')
    refuse('SUPPLIER_NOT_REGISTERED', 'The supplier is not registered');
  return state;
}

export function eventIds(values: unknown, code: string, field: string, required: boolean): Id[] {
  if (values === undefined && !required) return [];
  if (!Array.isArray(values) || (required && values.length === 0)) {
    refuse(code, `${field} must list at least one event id`, { field });
  }
  return values.map((v: Id, i) => assertId(v, `${field}[${i}]`));
}
