import { createOcdsProjection, DEFAULT_OCDS_MAPPING, ocdsProjection } from '@contract-ledger/ocds';
import {
  allProjections,
  createRedFlagsProjection,
  redFlagsProjection,
  type Projection,
} from '@contract-ledger/projections';
import type { AppConfig } from './config';

/**
 * Red flags' version here. 2: judged against the reference policy (LEDGER_REFERENCE_POLICY_FILE),
 * where 1 judged against the policy in force and so never saw a period the jurisdiction had
 * relaxed; the bump rebuilds the flags under the reference. 3: payments due and award winners in
 * rows of their own (the flags are the same; the internal tables changed). 4: bids in rows of their
 * own, not a list in the tender's row (same flags, internal tables changed). Changing the reference
 * file changes the flags of past procedures too: rebuild red_flags after it (docs/red-flags.md).
 */
const RED_FLAGS_VERSION = 4;

/**
 * Every projection the ledger runs, in one list shared by the API (in-process), apps/worker,
 * `ledger rebuild` and the benchmark, so they never disagree on what a read store holds.
 */
export function readModels(
  config: Pick<AppConfig, 'referencePolicy'> & Partial<Pick<AppConfig, 'ocds'>>,
): readonly Projection[] {
  const ocds = config.ocds ?? DEFAULT_OCDS_MAPPING;
  return [
    ...allProjections.map((p) =>
      p.name === redFlagsProjection.name
        ? createRedFlagsProjection({ policy: config.referencePolicy, version: RED_FLAGS_VERSION })
        : p,
    ),
    // OCDS releases as the public sees them; a new OCDS_OCID_PREFIX or OCDS_SUPPLIER_SCHEME changes what was published: `ledger rebuild ocds`.
    createOcdsProjection({
      ocidPrefix: ocds.ocidPrefix,
      supplierIdentifierScheme: ocds.supplierIdentifierScheme,
    }),
  ];
}

export const READ_MODEL_NAMES: readonly string[] = [
  ...allProjections.map((p) => p.name),
  ocdsProjection.name,
];
