import {
  chainHash,
  MerkleLog,
  NEEDS_CARE,
  tileKey,
  type EventStore,
  type MerkleTileStore,
  type StoredEventRow,
  type StoredRowReader,
  type TileRef,
} from '@contract-ledger/event-store';
import type { TransparencyLog } from './transparency-log';

/** docs/audit-bundle.md; the offline verifier (apps/cli/src/verifier/verify.mjs) reads exactly this version. */
export const BUNDLE_FORMAT = 'contract-ledger-audit-bundle/1';

export type BundleScope =
  | { readonly kind: 'log' }
  | { readonly kind: 'range'; readonly from: number; readonly to: number }
  | { readonly kind: 'procurement'; readonly tenderId: string };

export class BundleScopeError extends Error {
  readonly code = 'BUNDLE_SCOPE';
  constructor(message: string) {
    super(message);
    this.name = 'BundleScopeError';
  }
}

// Pages of 1,000, not 5,000: a page's rows and lines outlive a young-generation collection and
// are promoted when larger, and garbage collection was then a third of the export (twice the time).
const PAGE = 1_000;

/** Stored tiles never change below the tree size they were read at, so one export reads each once. */
function cachedTiles(store: MerkleTileStore): MerkleTileStore {
  const cache = new Map<string, Uint8Array>();
  return {
    head: () => store.head(),
    readTiles: async (refs: readonly TileRef[]) => {
      const missing = refs.filter((r) => !cache.has(tileKey(r)));
      if (missing.length > 0)
        for (const [key, bytes] of await store.readTiles(missing)) cache.set(key, bytes);
      return new Map(
        refs.filter((r) => cache.has(tileKey(r))).map((r) => [tileKey(r), cache.get(tileKey(r))!]),
      );
    },
  };
}

/** The rows as stored: the bytes the chain hashed, copied into the bundle as they are. */
async function* pages(
  store: StoredRowReader,
  from: number,
  to: number,
): AsyncGenerator<readonly StoredEventRow[]> {
  for (let next = from; next <= to; next += PAGE) {
    const page = await store.readStoredRows(next, Math.min(to, next + PAGE - 1));
    if (page.length === 0) return;
    yield page;
  }
}

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

/**
 * Every earlier stored checkpoint (as stored: cosignatures included) with the consistency proof
 * from its size to `size`: a verifier holding any of them, or any checkpoint a witness or a
 * newspaper kept, checks that the bundle's tree extends it (docs/audit-bundle.md §2).
 */
async function consistencyFromEarlier(
  log: TransparencyLog,
  merkle: MerkleLog,
  size: number,
): Promise<{ checkpoint: string; proof: string[] }[]> {
  const out: { checkpoint: string; proof: string[] }[] = [];
  for (let from = 1; from < size;) {
    const page = await log.list(from, 1000);
    const earlier = page.filter((c) => c.size < size);
    for (const c of earlier) {
      const proof = await merkle.consistencyProof(c.size, size);
      out.push({ checkpoint: c.note, proof: proof.map((h) => Buffer.from(h).toString('base64')) });
    }
    if (earlier.length < page.length || page.length === 0) break;
    from = page[page.length - 1]!.size + 1;
  }
  return out;
}

function namesTender(row: StoredEventRow, tenderId: string): boolean {
  const data = JSON.parse(row.data) as { tenderId?: unknown } | null;
  return typeof data === 'object' && data !== null && data.tenderId === tenderId;
}

/**
 * The audit bundle as JSON text in pieces (one file; docs/audit-bundle.md): the log keys, a signed
 * checkpoint covering every event in it (taken now if the latest does not), and each event exactly
 * as hashed (data and metadata as their canonical text) with its inclusion proof. Events carry
 * sealed bid contents as recorded: callers restrict bundles to roles that may see them.
 */
export async function* auditBundle(
  store: EventStore & MerkleTileStore & StoredRowReader,
  log: TransparencyLog,
  scope: BundleScope,
  onProgress: (done: number, total: number) => void = () => undefined,
): AsyncGenerator<string> {
  // A checkpoint of the log as it is now, for witnesses to cosign; the bundle is proven against
  // the latest final one (that one itself when no cosignatures are required).
  await log.checkpoint();
  const checkpoint = await log.latestFinal();
  if (!checkpoint)
    throw new BundleScopeError(
      `no checkpoint is final yet: none carries ${log.requiredCosignatures} witness cosignature(s) (LEDGER_WITNESS_REQUIRED); run the witnesses (ledger witness) and export again`,
    );
  const size = checkpoint.size;
  const merkle = new MerkleLog(cachedTiles(store));
  let from = 1;
  let to = size;
  let streams: Set<string> | undefined;
  if (scope.kind === 'range') {
    if (
      !Number.isSafeInteger(scope.from) ||
      !Number.isSafeInteger(scope.to) ||
      scope.from < 1 ||
      scope.to < scope.from
    )
      throw new BundleScopeError(`range ${scope.from}..${scope.to} is not a range of positions`);
    if (scope.to > size)
      throw new BundleScopeError(`position ${scope.to} is beyond the log (${size} events)`);
    ({ from, to } = scope);
  } else if (scope.kind === 'procurement') {
    // The tender's stream (bids included), the contracts whose events name it, and the refusal
    // records of each. Shared streams that also name it (a budget line's reservations) hold other
    // procurements' events too and stay out: they belong to a range or whole-log bundle.
    const candidates = new Set([`tender-${scope.tenderId}`, `refusals-${scope.tenderId}`]);
    const present = new Set<string>();
    for await (const page of pages(store, 1, size)) {
      for (const e of page) {
        if (
          e.stream.startsWith('contract-') &&
          namesTender(e, scope.tenderId) &&
          !candidates.has(e.stream)
        ) {
          candidates.add(e.stream);
          candidates.add(`refusals-${e.stream.slice('contract-'.length)}`);
        }
        present.add(e.stream);
      }
    }
    streams = new Set([...candidates].filter((s) => present.has(s)));
    if (!streams.has(`tender-${scope.tenderId}`))
      throw new BundleScopeError(`no event of tender ${scope.tenderId} is in the log`);
  }
  const header = {
    format: BUNDLE_FORMAT,
    origin: log.origin,
    scope:
      scope.kind === 'procurement'
        ? { kind: 'procurement', tenderId: scope.tenderId, streams: [...streams!].sort() }
        : scope.kind === 'range'
          ? { kind: 'range', from, to }
          : { kind: 'log' },
    keys: (await log.keys()).map((k) => ({
      key: k.key,
      validFromSize: k.validFromSize,
      validUntilSize: k.validUntilSize,
    })),
    witnesses: log.witnesses.map((w) => w.key),
    requiredCosignatures: log.requiredCosignatures,
    checkpoint: checkpoint.note,
    consistency: await consistencyFromEarlier(log, merkle, size),
  };
  const head = JSON.stringify(header, null, 1);
  yield `${head.slice(0, -2)},\n "events": [`;
  let written = 0;
  for await (const page of pages(store, from, to)) {
    const lines: string[] = [];
    const included = streams ? page.filter((e) => streams.has(e.stream)) : page;
    const proofs = await merkle.inclusionProofs(
      included.map((e) => e.position - 1),
      size,
    );
    // A node shared by several proofs of the page is one object (inclusionProofs): encoded once.
    const base64 = new Map<Uint8Array, string>();
    const encode = (h: Uint8Array): string => {
      let text = base64.get(h);
      if (text === undefined) {
        text = Buffer.from(h.buffer, h.byteOffset, h.byteLength).toString('base64');
        base64.set(h, text);
      }
      return text;
    };
    for (const [k, e] of included.entries()) {
      // The bundle must carry the bytes that were hashed: a row that does not re-hash (a damaged
      // log) would give a bundle that does not verify.
      if (chainHash(e.prevHash, e) !== e.hash)
        throw new Error(
          `event ${e.position} does not re-hash to its stored hash: the log is damaged (ledger verify)`,
        );
      const proof = proofs[k]!;
      lines.push(
        `${written + lines.length === 0 ? '\n  ' : ',\n  '}${eventLine(e, proof.length === 0 ? '[]' : `["${proof.map(encode).join('","')}"]`)}`,
      );
    }
    written += lines.length;
    if (lines.length > 0) yield lines.join('');
    onProgress(page[page.length - 1]!.position - from + 1, to - from + 1);
  }
  yield '\n ]\n}\n';
}
