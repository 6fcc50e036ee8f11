import { allProjections, createRedFlagsProjection, redFlagsProjection, type Projection } from '@contract-ledger/projections';
import type { AppConfig } from './config';

/**
 * Every projection the ledger runs, in one list shared by the API (in-process), apps/worker,
 * `ledger rebuild` and the benchmark, so they never disagree on what a read store holds. Red
 * flags are judged against the policy in force (LEDGER_POLICY_FILE), like the commands.
 */
export function readModels(config: Pick<AppConfig, 'policy'>): readonly Projection[] {
  return allProjections.map((p) => (p.name === redFlagsProjection.name ? createRedFlagsProjection({ policy: config.policy }) : p));
}

export const READ_MODEL_NAMES: readonly string[] = allProjections.map((p) => p.name);
