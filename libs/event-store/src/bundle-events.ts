import { NEEDS_CARE } from './canonical-json';
import { chainHash } from './hash-chain';
import type { MerkleLog } from './merkle-log';
import type { StoredEventRow } from './types';

// The events of an audit bundle (docs/audit-bundle.md) as bytes. Here, beside the tree, and not
// with the rest of the exporter (libs/application): `ledger export` renders pages on worker
// threads that load only this library and the SQLite adapter.

/** Events per page of an export. */
// Pages of 1,000, not 5,000: a page's rows and lines outlive a young-generation collection and
// are promoted when larger, and garbage collection was then a third of the export (twice the time).
export const BUNDLE_PAGE = 1_000;

/** JSON.stringify of a string, skipped when nothing needs escaping (same bytes). */
const str = (text: string): string => (NEEDS_CARE.test(text) ? JSON.stringify(text) : `"${text}"`);

/**
 * One event of the bundle up to its proof, built by concatenation: the bytes JSON.stringify gives
 * for { position, stream, revision, eventId, type, schemaVersion, data, metadata, recordedAt,
 * prevHash, hash, proof: [ with data and metadata as strings (the canonical text, escaped once).
 */
function eventHead(e: StoredEventRow): string {
  return (
    `{"position":${e.position},"stream":${str(e.stream)},"revision":${e.revision},"eventId":${str(e.eventId)}` +
    `,"type":${str(e.type)},"schemaVersion":${e.schemaVersion},"data":${JSON.stringify(e.data)}` +
    `,"metadata":${JSON.stringify(e.metadata)},"recordedAt":${str(e.recordedAt)},"prevHash":${str(e.prevHash)}` +
    `,"hash":${str(e.hash)},"proof":[`
  );
}

/** A proof entry's bytes and the comma after it: `"` + 44 base64 characters of 32 bytes + `",`. */
const ENTRY = 47;
const COMMA = 0x2c;
const QUOTE = 0x22;

/**
 * The bundle text of some events of a tree of `size` leaves (a page; in position order) as UTF-8
 * bytes, each event re-checked against its stored chain hash and followed by its inclusion proof.
 * `first`: the page's first event is the bundle's first (no comma before it). One definition of
 * the bytes for the exporter's own loop (auditBundle) and for the worker threads of `ledger export`.
 *
 * Written into one buffer, not joined from strings: a proof is about half of an event's bytes (20
 * entries at 1,000,000 events) and consecutive leaves share all but its first entries (a proof's
 * entries above level l are the same for the 2^l leaves under one node), so each event writes
 * only the entries that differ from the previous event's and copies the rest of that event's
 * proof bytes, all entries being of one width.
 */
export async function eventLinesBytes(
  merkle: MerkleLog,
  size: number,
  events: readonly StoredEventRow[],
  first: boolean,
): Promise<Buffer> {
  const proofs = await merkle.inclusionProofs(
    events.map((e) => e.position - 1),
    size,
  );
  let out = Buffer.allocUnsafeSlow(events.length * 2048);
  let at = 0;
  const reserve = (bytes: number): void => {
    if (at + bytes <= out.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(out.length * 2, at + bytes));
    out.copy(grown, 0, 0, at);
    out = grown;
  };
  let previous: readonly Uint8Array[] = [];
  let previousAt = 0;
  for (const [k, e] of events.entries()) {
    // The bundle must carry the bytes that were hashed: a row that does not re-hash (a damaged
    // log) would give a bundle that does not verify.
    if (chainHash(e.prevHash, e) !== e.hash)
      throw new Error(
        `event ${e.position} does not re-hash to its stored hash: the log is damaged (ledger verify)`,
      );
    const proof = proofs[k]!;
    const head = `${first && k === 0 ? '\n  ' : ',\n  '}${eventHead(e)}`;
    reserve(head.length * 3 + proof.length * ENTRY + 2);
    at += out.write(head, at, 'utf8');
    // Entries from `shared` on are the previous event's (the same node objects: inclusionProofs).
    let shared = proof.length;
    if (previous.length === proof.length)
      while (shared > 0 && proof[shared - 1] === previous[shared - 1]) shared--;
    const proofAt = at;
    for (let p = 0; p < shared; p++) {
      if (p > 0) out[at++] = COMMA;
      out[at++] = QUOTE;
      const h = proof[p]!;
      at += out.write(
        Buffer.from(h.buffer, h.byteOffset, h.byteLength).toString('base64'),
        at,
        'latin1',
      );
      out[at++] = QUOTE;
    }
    if (shared < proof.length) {
      // From the comma before entry `shared` (none before the first) to the end of the entries.
      const start = previousAt + shared * ENTRY - (shared > 0 ? 1 : 0);
      const end = previousAt + proof.length * ENTRY - 1;
      out.copyWithin(at, start, end);
      at += end - start;
    }
    out[at++] = 0x5d; // ]
    out[at++] = 0x7d; // }
    previous = proof;
    previousAt = proofAt;
  }
  return out.subarray(0, at);
}

/** Pages of every event from..to (a log or range bundle): a missing row is a damaged log, not a gap to skip. */
export function assertContiguous(rows: readonly StoredEventRow[], from: number, to: number): void {
  for (let k = 0; k <= to - from; k++) {
    if (rows[k]?.position !== from + k)
      throw new Error(
        `event ${from + k} is missing from the log: the log is damaged (ledger verify)`,
      );
  }
  if (rows.length !== to - from + 1)
    throw new Error(`events ${from}..${to} read as ${rows.length} rows: the log is damaged`);
}
