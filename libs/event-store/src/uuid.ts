import { randomFillSync } from 'node:crypto';

let lastMillis = 0;
let sequence = 0;

// One randomFillSync call per 512 ids instead of two randomBytes calls per id: every appended event
// without a caller-supplied id gets one, and the per-call overhead dominated the cost. Same CSPRNG.
const POOL_IDS = 512;
const pool = Buffer.alloc(POOL_IDS * 16);
let poolOffset = pool.length;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function random16(): number {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const offset = poolOffset;
  poolOffset += 16;
  return offset;
}

/**
 * RFC 9562 UUIDv7: 48-bit Unix milliseconds, then a 12-bit counter (method 1 of §6.2) so ids
 * minted in the same millisecond by this process still sort in creation order, then 62 random bits.
 */
export function uuidv7(): string {
  let now = Date.now();
  const r = random16();
  if (now > lastMillis) {
    lastMillis = now;
    // Random start leaves headroom for 2048+ ids per millisecond before the counter overflows.
    // Bytes 6-7 of the pooled block become version and counter below, so they are free to seed it.
    sequence = pool.readUInt16BE(r + 6) & 0x7ff;
  } else {
    sequence++;
    if (sequence > 0xfff) {
      // Counter exhausted: borrow the next millisecond rather than break ordering.
      lastMillis++;
      sequence = 0;
    }
    now = lastMillis;
  }
  const b = pool;
  b.writeUIntBE(now, r, 6);
  b[r + 6] = 0x70 | (sequence >> 8);
  b[r + 7] = sequence & 0xff;
  b[r + 8] = 0x80 | (b[r + 8]! & 0x3f);
  const h = (i: number): string => HEX[b[r + i]!]!;
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-${h(8)}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The UUIDs among `ids`, lowercased as every store keeps event ids, each once (readEventsById). */
export function eventIdKeys(ids: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const id of ids) if (typeof id === 'string' && isUuid(id)) keys.add(id.toLowerCase());
  return [...keys];
}
