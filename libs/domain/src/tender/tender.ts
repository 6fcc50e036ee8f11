import type { Decider } from '../shared/decider';
import type { Id } from '../shared/ids';
import { decideTender } from './decide';
import type { TenderCommand, TenderEvent } from './events';
import { evolveTender, type TenderState } from './evolve';

export const tenderStream = (tenderId: Id): string => `tender-${tenderId}`;

/** Bids live in the tender's stream: every bid rule needs the tender's state (deadline, eligibility). */
export const tenderDecider: Decider<TenderState, TenderCommand, TenderEvent> = {
  initialState: () => ({ status: 'none' }),
  evolve: evolveTender,
  decide: decideTender,
};
