import { loadOrCreateCheckpointKey, TransparencyLog } from '@contract-ledger/application';
import {
  generateSignerKey,
  isCheckpointStore,
  isMerkleTileStore,
  parseSignerKey,
  type EventStore,
} from '@contract-ledger/event-store';
import type { AppConfig } from './config';

/**
 * The transparency log over the process's store (docs/transparency-log.md), signed with the
 * configured key, or in embedded mode with one generated under LEDGER_DATA_DIR (the memory store
 * forgets its log on restart, so it gets a key that lives as long as the process). Undefined for
 * a store that keeps no Merkle tree.
 */
export function openTransparencyLog(
  config: AppConfig,
  store: EventStore,
): TransparencyLog | undefined {
  if (!isMerkleTileStore(store) || !isCheckpointStore(store)) return undefined;
  const signer =
    config.checkpointSigner ??
    (config.store === 'memory'
      ? parseSignerKey(generateSignerKey(config.logOrigin))
      : loadOrCreateCheckpointKey(config.dataDir, config.logOrigin));
  return new TransparencyLog(
    store,
    config.logOrigin,
    signer,
    undefined,
    config.witnesses,
    config.witnessRequired,
  );
}
