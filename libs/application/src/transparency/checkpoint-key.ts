import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSignerKey, parseSignerKey, type NoteSigner } from '@contract-ledger/event-store';

/** The embedded-mode checkpoint signing key lives here, inside LEDGER_DATA_DIR (README "Configuration"). */
export const CHECKPOINT_KEY_FILE = 'checkpoint-key';

/**
 * The embedded signer, generated on first use (a sumdb/note `PRIVATE+KEY+...` line, mode 0600)
 * and reused afterwards, like the JWT secret (auth/dev-secret.ts): written under a temporary name
 * and hard-linked into place, so concurrent starts agree on one key and nobody reads half a key.
 */
export function loadOrCreateCheckpointKey(dataDir: string, name: string): NoteSigner {
  const file = path.join(dataDir, CHECKPOINT_KEY_FILE);
  const read = (): NoteSigner => {
    try {
      return parseSignerKey(readFileSync(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
      throw new Error(
        `${file} does not hold a checkpoint signer key (${(error as Error).message}); restore it from a backup: checkpoints already published were signed with it`,
      );
    }
  };
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, `${generateSignerKey(name)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    chmodSync(temporary, 0o600);
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  return read();
}
