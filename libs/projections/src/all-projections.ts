import type { Projection } from './projection';
import { accountabilityProjection } from './accountability/accountability.projection';
import { auditProjection } from './audit/audit.projection';
import { blacklistProjection } from './blacklist/blacklist.projection';
import { budgetExecutionProjection } from './budget-execution/budget-execution.projection';
import { redFlagsProjection } from './red-flags/red-flags.projection';
import { tenderBoardProjection } from './tender-board/tender-board.projection';

/**
 * Every read model, for the runner: `startProjections(store, readStore, allProjections)`. Red flags
 * are judged against DEFAULT_POLICY here; an app with another reference policy replaces that entry
 * with `createRedFlagsProjection({ policy, version })`.
 */
export const allProjections: readonly Projection[] = [
  auditProjection,
  blacklistProjection,
  budgetExecutionProjection,
  tenderBoardProjection,
  accountabilityProjection,
  redFlagsProjection,
];
