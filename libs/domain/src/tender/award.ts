import { refuse } from '../shared/errors';
import type { Id } from '../shared/ids';
import type { Money } from '../shared/money';
import type { TenderState } from './evolve';

/** What a contract is signed on: the award of a tender, as its own stream records it. */
export interface AwardToSign {
  readonly tenderId: Id;
  readonly agencyId: Id;
  readonly budgetLineId: Id;
  readonly supplierId: Id;
  readonly awardedAmount: Money;
}

/**
 * The award a contract may be signed for (a contract only ever follows an award). Refuses
 * TENDER_NOT_FOUND for a tender never drafted and TENDER_NOT_AWARDED for one without an award, so
 * the facts of SignContract always come from the tender stream, never from the client.
 */
export function awardToSign(state: TenderState): AwardToSign {
  if (state.status === 'none') refuse('TENDER_NOT_FOUND', 'No such tender');
  if (state.status !== 'awarded' || state.award === null) {
    refuse('TENDER_NOT_AWARDED', `Tender ${state.tenderId} has no award to sign a contract for`, {
      status: state.status,
    });
  }
  return {
    tenderId: state.tenderId,
    agencyId: state.agencyId,
    budgetLineId: state.budgetLineId,
    supplierId: state.award.supplierId,
    awardedAmount: state.award.amount,
  };
}
