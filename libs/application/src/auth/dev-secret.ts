import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The embedded-mode HS256 secret lives here, inside LEDGER_DATA_DIR (README "Configuration"). */
export const DEV_SECRET_FILE = 'jwt-secret';
const SECRET_BYTES = 32;

function read(file: string): Buffer {
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  if (secret.length < SECRET_BYTES) {
    throw new Error(
      `${file} holds less than ${SECRET_BYTES} bytes of secret; delete it to have a new one generated (existing tokens stop working)`,
    );
  }
  return secret;
}

/**
 * The embedded secret, generated on first use and reused afterwards, by the API and by
 * `ledger token` alike so that the CLI's tokens verify. The file is written whole under a temporary
 * name and hard-linked into place: link fails if another process won the race, and nobody ever
 * reads a half-written secret.
 */
export function loadOrCreateDevSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, DEV_SECRET_FILE);
  try {
    return read(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, `${randomBytes(SECRET_BYTES).toString('base64url')}\n`, {
    mode: 0o600,
    flag: 'wx',
  });
  try {
    chmodSync(temporary, 0o600); // the umask may have narrowed it further, never widened; be explicit
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  return read(file);
}
