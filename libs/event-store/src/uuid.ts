import { randomBytes } from 'node:crypto';

let lastMillis = 0;
let sequence = 0;

/**
 * RFC 9562 UUIDv7: 48-bit Unix milliseconds, then a 12-bit counter (method 1 of §6.2) so ids
 * minted in the same millisecond by this process still sort in creation order, then 62 random bits.
 */
export function uuidv7(): string {
  let now = Date.now();
  if (now > lastMillis) {
    lastMillis = now;
    // Random start leaves headroom for 2048+ ids per millisecond before the counter overflows.
    sequence = randomBytes(2).readUInt16BE(0) & 0x7ff;
  } else {
    sequence++;
    if (sequence > 0xfff) {
      // Counter exhausted: borrow the next millisecond rather than break ordering.
      lastMillis++;
      sequence = 0;
    }
    now = lastMillis;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
