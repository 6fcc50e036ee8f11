import {
  assertContiguous,
  BUNDLE_PAGE,
  eventLinesBytes,
  MerkleLog,
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

const PAGE = BUNDLE_PAGE;

/**
 * Stored tiles never change below the tree size they were read at. Tiles of level >= 1 (size /
 * 65,536 of them, shared by every page's proofs) are read once per export; a level-0 tile serves
 * only the pages over its 256 leaves, so it is read again when needed rather than kept: the
 * export's memory stays bounded whatever the log's size.
 */
function cachedTiles(store: MerkleTileStore): MerkleTileStore {
  const cache = new Map<string, Uint8Array>();
  return {
    head: () => store.head(),
    treeHead: () => store.treeHead(),
    readTiles: async (refs: readonly TileRef[]) => {
      const missing = refs.filter((r) => !cache.has(tileKey(r)));
      const read = missing.length > 0 ? await store.readTiles(missing) : new Map();
      for (const r of missing) {
        const bytes = read.get(tileKey(r));
        if (bytes && r.level > 0) cache.set(tileKey(r), bytes);
      }
      const found = new Map<string, Uint8Array>();
      for (const r of refs) {
        const bytes = cache.get(tileKey(r)) ?? read.get(tileKey(r));
        if (bytes) found.set(tileKey(r), bytes);
      }
      return found;
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

/**
 * Renders the event lines of positions from..to of a tree of `size` leaves (every event in the
 * range, in order, as eventLinesBytes writes them) in chunks, each with the last position it
 * covers. `ledger export` passes one that renders pages on worker threads.
 */
export type RenderPages = (
  from: number,
  to: number,
  size: number,
) => AsyncIterable<{ readonly chunk: string | Uint8Array; readonly last: number }>;

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
  renderPages?: RenderPages,
): AsyncGenerator<string | Uint8Array> {
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
  if (renderPages && !streams) {
    for await (const { chunk, last } of renderPages(from, to, size)) {
      yield chunk;
      onProgress(last - from + 1, to - from + 1);
    }
  } else {
    let written = 0;
    let next = from;
    for await (const page of pages(store, from, to)) {
      const included = streams ? page.filter((e) => streams.has(e.stream)) : page;
      if (!streams) assertContiguous(page, next, Math.min(to, next + PAGE - 1));
      next += PAGE;
      if (included.length > 0) yield await eventLinesBytes(merkle, size, included, written === 0);
      written += included.length;
      onProgress(page[page.length - 1]!.position - from + 1, to - from + 1);
    }
    if (!streams && next <= to) assertContiguous([], next, to);
  }
  yield '\n ]\n}\n';
}
