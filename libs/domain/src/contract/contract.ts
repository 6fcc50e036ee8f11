import type { Decider } from '../shared/decider';
import type { Id } from '../shared/ids';
import type { Policy } from '../shared/policy';
import type { ContractCommand } from './commands';
import { decideContract } from './decide';
import type { ContractEvent } from './events';
import { evolveContract, initialContractState, type ContractState } from './evolve';

export const contractDecider: Decider<ContractState, ContractCommand, ContractEvent> = {
  initialState: initialContractState,
  evolve: evolveContract,
  decide: decideContract,
};

export function contractStream(contractId: Id): string {
  return `contract-${contractId}`;
}

/**
 * Failures that count towards proposing a debarment (docs/rules.md "Accountability helper"): each
 * rejected milestone and each termination for default of this supplier's contracts. Pass the
 * contract events of any number of contracts, in any order.
 */
export function countSupplierFailures(events: readonly ContractEvent[], supplierId: Id): number {
  return events.filter(
    (e) =>
      e.data.supplierId === supplierId &&
      ((e.type === 'MilestoneEvaluated' && e.data.verdict === 'rejected') ||
        (e.type === 'ContractTerminated' && e.data.reason === 'for_default')),
  ).length;
}

export function debarmentProposalDue(failures: number, policy: Policy): boolean {
  return failures >= policy.failuresBeforeDebarmentProposal;
}
