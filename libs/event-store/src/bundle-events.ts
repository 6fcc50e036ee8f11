import { NEEDS_CARE } from './canonical-json';
import { chainHash } from './hash-chain';
import { TILE_HEIGHT } from './merkle';
import type { MerkleLog } from './merkle-log';
import type { StoredEventRow } from './types';

// The events of an audit bundle (docs/audit-bundle.md) as text. Here, beside the tree, and not
// with the rest of the exporter (libs/application): `ledger export` renders pages on worker
// threads that load only this library and the SQLite adapter.

/** Events per page of an export. */
// Pages of 1,000, not 5,000: a page's rows and lines outlive a young-generation collection and
// are promoted when larger, and garbage collection was then a third of the export (twice the time).
export const BUNDLE_PAGE = 1_000;

/** JSON.stringify of a string, skipped when nothing needs escaping (same bytes). */
const str = (text: string): string => (NEEDS_CARE.test(text) ? JSON.stringify(text) : `"${text}"`);

/**
 * One event of the bundle, built by concatenation: the bytes JSON.stringify gives for
 * { position, stream, revision, eventId, type, schemaVersion, data, metadata, recordedAt,
 * prevHash, hash, proof } with data and metadata as strings (the canonical text, escaped once).
 */
function eventLine(e: StoredEventRow, proof: string): string {
  return (
    `{"position":${e.position},"stream":${str(e.stream)},"revision":${e.revision},"eventId":${str(e.eventId)}` +
    `,"type":${str(e.type)},"schemaVersion":${e.schemaVersion},"data":${JSON.stringify(e.data)}` +
    `,"metadata":${JSON.stringify(e.metadata)},"recordedAt":${str(e.recordedAt)},"prevHash":${str(e.prevHash)}` +
    `,"hash":${str(e.hash)},"proof":${proof}}`
  );
}

/** The proof entries of leaf `index` in a tree of `size` that lie inside its level-0 tile (levels 0-7). */
function entriesInTile(index: number, size: number): number {
  let count = 0;
  for (let level = 0; level < TILE_HEIGHT && 2 ** level < size; level++)
    if ((Math.floor(index / 2 ** level) ^ 1) * 2 ** level < size) count++;
  return count;
}

/**
 * The bundle text of some events of a tree of `size` leaves (a page; in position order), each
 * re-checked against its stored chain hash and followed by its inclusion proof. `first`: the
 * page's first event is the bundle's first (no comma before it). One definition of the bytes for
 * the exporter's own loop (auditBundle) and for the worker threads of `ledger export`.
 */
export async function eventLinesText(
  merkle: MerkleLog,
  size: number,
  events: readonly StoredEventRow[],
  first: boolean,
): Promise<string> {
  const proofs = await merkle.inclusionProofs(
    events.map((e) => e.position - 1),
    size,
  );
  // A node shared by several proofs of the page is one object (inclusionProofs): encoded once.
  const base64 = new Map<Uint8Array, string>();
  const encode = (h: Uint8Array): string => {
    let text = base64.get(h);
    if (text === undefined) {
      text = `"${Buffer.from(h.buffer, h.byteOffset, h.byteLength).toString('base64')}"`;
      base64.set(h, text);
    }
    return text;
  };
  // Leaves of one level-0 tile share every proof entry above it (levels 8 and up, about half of
  // a proof at 1,000,000 events): that tail is written once per tile, keyed by its first node.
  const tails = new Map<Uint8Array, string>();
  const lines: string[] = [];
  for (const [k, e] of events.entries()) {
    // The bundle must carry the bytes that were hashed: a row that does not re-hash (a damaged
    // log) would give a bundle that does not verify.
    if (chainHash(e.prevHash, e) !== e.hash)
      throw new Error(
        `event ${e.position} does not re-hash to its stored hash: the log is damaged (ledger verify)`,
      );
    const proof = proofs[k]!;
    const inTile = entriesInTile(e.position - 1, size);
    let text = '[';
    for (let p = 0; p < inTile; p++) text += p === 0 ? encode(proof[p]!) : `,${encode(proof[p]!)}`;
    if (proof.length > inTile) {
      let tail = tails.get(proof[inTile]!);
      if (tail === undefined) {
        tail = proof.slice(inTile).map(encode).join(',');
        tails.set(proof[inTile]!, tail);
      }
      text += inTile === 0 ? tail : `,${tail}`;
    }
    lines.push(`${first && k === 0 ? '\n  ' : ',\n  '}${eventLine(e, `${text}]`)}`);
  }
  return lines.join('');
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
