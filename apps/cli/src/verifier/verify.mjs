#!/usr/bin/env node
// Contract Ledger offline bundle verifier (docs/audit-bundle.md). One file, Node.js >= 20 and its
// built-in modules only: no npm install, no server, no database.
//
//   node verify.mjs [--key <log key>]... [--origin <origin>] [--since <checkpoint file>]
//                   [--witness <key>]... [--min-cosignatures <n>] bundle.json
//
// Exit 0 only when everything verifies: the checkpoint's Ed25519 signature by a published log key
// within its validity window, every event's chain hash recomputed from its fields, every
// inclusion proof against the signed root, the hash links between consecutive events, and the
// completeness the bundle claims (a whole range of positions, or every revision of each stream of
// a procurement), witness cosignatures (C2SP tlog-cosignature) and consistency proofs from every
// earlier checkpoint the bundle carries, and from one you hold (--since). The bundle carries its own
// keys: --key (the log keys you got from elsewhere: GET /log/keys, a publication) and --origin make
// a bundle re-signed under another key, or one of another log, fail. Otherwise exit 1 with the
// first failing item and a plain reason.
import * as crypto from 'node:crypto';
import { Buffer } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const { createHash, createPublicKey, verify: verifySignature } = crypto;

const FORMAT = 'contract-ledger-audit-bundle/1';

class Failure extends Error {
  constructor(item, reason) {
    super(`${item}: ${reason}`);
    this.item = item;
    this.reason = reason;
  }
}
const fail = (item, reason) => {
  throw new Failure(item, reason);
};

const sha256 = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const isInt = (v) => Number.isSafeInteger(v) && v >= 0;
const isHex64 = (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const b64 = (text, item, what) => {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
    fail(item, `${what} is not base64`);
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) fail(item, `${what} is not canonical base64`);
  return bytes;
};

// ---- Keys and signed notes (C2SP signed-note, golang.org/x/mod/sumdb/note) ----

function parseVerifierKey(text, item, alg = 0x01) {
  if (typeof text !== 'string') fail(item, 'the key is not a string');
  const first = text.indexOf('+');
  const second = text.indexOf('+', first + 1);
  if (first <= 0 || second < 0) fail(item, `"${text}" is not a verifier key (name+id+base64)`);
  const name = text.slice(0, first);
  const id = text.slice(first + 1, second);
  const material = b64(text.slice(second + 1), item, 'the key material');
  if (!/^[0-9a-f]{8}$/.test(id)) fail(item, `key id "${id}" is not 8 hex digits`);
  if (material.length !== 33 || material[0] !== alg)
    fail(
      item,
      alg === 0x01
        ? 'not an Ed25519 key (algorithm byte 0x01 and 32 bytes)'
        : 'not a cosignature/v1 witness key (algorithm byte 0x04 and 32 bytes)',
    );
  const publicKey = material.subarray(1);
  const expected = sha256(
    Buffer.from(`${name}\n`, 'utf8'),
    Buffer.from([alg]),
    publicKey,
  ).readUInt32BE(0);
  if (expected !== parseInt(id, 16))
    fail(item, `key id ${id} does not match the key's name and public key`);
  const object = createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]),
    format: 'der',
    type: 'spki',
  });
  return { name, id: parseInt(id, 16), key: text, object };
}

function parseNote(note, item) {
  if (typeof note !== 'string') fail(item, 'not a signed note (text)');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) fail(item, 'no blank line between the text and the signatures');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (!block.endsWith('\n')) fail(item, 'the signature block does not end with a newline');
  const signatures = block
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const match = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/u.exec(line);
      if (!match) fail(item, `malformed signature line "${line}"`);
      const bytes = b64(match[2], item, `the signature of ${match[1]}`);
      if (bytes.length < 5) fail(item, `the signature of ${match[1]} is too short`);
      return { name: match[1], id: bytes.readUInt32BE(0), signature: bytes.subarray(4) };
    });
  return { text, signatures };
}

function parseCheckpoint(text, item) {
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) fail(item, 'a checkpoint has an origin, a tree size and a root hash');
  const [origin, sizeText, rootText] = lines;
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText)))
    fail(item, `tree size "${sizeText}" is not a decimal number`);
  const root = b64(rootText, item, 'the root hash');
  if (root.length !== 32) fail(item, 'the root hash is not 32 bytes');
  return { origin, size: Number(sizeText), root };
}

// ---- RFC 6962 / RFC 9162 ----

// One-shot hashing (crypto.hash, Node >= 20.12) into fixed input buffers: a Hash object per call
// cost more than the hashing of 33 or 65 bytes itself.
const digest = crypto.hash
  ? (bytes) => crypto.hash('sha256', bytes, 'buffer')
  : (bytes) => createHash('sha256').update(bytes).digest();
const hexDigest = crypto.hash
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const leafInput = Buffer.alloc(33);
const nodeInput = Buffer.alloc(65);
nodeInput[0] = 1;
// The inclusion check, once per event, keeps its hashes as latin1 strings (a byte a character):
// crypto.hash returns one without a Buffer object per call, proof hashes are decoded from base64
// straight into the node's input, and consecutive events' states compare as strings.
const digestLatin1 = crypto.hash
  ? (bytes) => crypto.hash('sha256', bytes, 'latin1')
  : (bytes) => createHash('sha256').update(bytes).digest('latin1');
const leafHash = (chainHashHex) => {
  leafInput.write(chainHashHex, 1, 32, 'hex');
  return digestLatin1(leafInput);
};
const nodeHash = (l, r) => {
  nodeInput.set(l, 1);
  nodeInput.set(r, 33);
  return digest(nodeInput);
};

/**
 * A proof hash: 44 characters of canonical base64 for 32 bytes (the last data character carries
 * 2 unused bits, which must be zero), checked without a round trip through toString.
 */
const HASH_BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;
function hash32(text, item, what) {
  if (typeof text !== 'string' || !HASH_BASE64.test(text)) {
    const bytes = b64(text, item, what);
    if (bytes.length !== 32) fail(item, `${what} is not 32 bytes`);
  }
  return Buffer.from(text, 'base64');
}

/**
 * RFC 9162 §2.1.3.2 for the leaf `index` of the tree of `size` with root `root`, for the events of
 * a bundle in order. `memo` carries the previous event's proof and the state (fn, sn, r) after each
 * of its steps: consecutive leaves share the upper part of their paths, and once this event's
 * state after step k equals the previous one's and its remaining proof hashes are the previous
 * one's (same strings, so same bytes), the rest of the computation is the previous one's, which
 * reached the root. So the shared part is hashed once, not once per event.
 */
function included(leaf, index, size, proof, root, item, memo) {
  // leaf and root as latin1 strings (leafHash, state.rootLatin1).
  if (index >= size) return false;
  const previous = memo.proof;
  // proof[shared..] equals the previous proof's tail (only for proofs of the same length).
  let shared = Infinity;
  if (previous !== undefined && previous.length === proof.length) {
    shared = proof.length;
    while (shared > 0 && proof[shared - 1] === previous[shared - 1]) shared--;
  }
  const states = memo.states;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (let k = 0; k < proof.length; k++) {
    const text = proof[k];
    // A canonical proof hash is decoded into the node's input below; any other goes through hash32,
    // which refuses it or decodes it as before.
    const bytes =
      typeof text === 'string' && HASH_BASE64.test(text)
        ? undefined
        : hash32(text, item, `inclusion proof hash ${k + 1}`);
    if (sn === 0) return false;
    const proofLeft = fn % 2 === 1 || fn === sn;
    const at = proofLeft ? 1 : 33;
    if (bytes === undefined) nodeInput.write(text, at, 32, 'base64');
    else nodeInput.set(bytes, at);
    nodeInput.write(r, proofLeft ? 33 : 1, 32, 'latin1');
    r = digestLatin1(nodeInput);
    if (proofLeft)
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
    const s = states[k];
    if (k + 1 >= shared && s.fn === fn && s.sn === sn && s.r === r) {
      memo.proof = proof;
      return true;
    }
    states[k] = { fn, sn, r };
  }
  const ok = sn === 0 && r === root;
  memo.proof = ok ? proof : undefined;
  return ok;
}

/** RFC 9162 §2.1.4.2: whether `proof` shows the tree of size n (rootN) extends the tree of size m (rootM). */
function consistent(m, n, proof, rootM, rootN) {
  if (m > n) return false;
  if (m === 0) return proof.length === 0;
  if (m === n) return proof.length === 0 && rootM.equals(rootN);
  if (proof.length === 0) return false;
  const path = (m & (m - 1)) === 0 ? [rootM, ...proof] : [...proof];
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(rootM) && sr.equals(rootN);
}

// ---- Checkpoints, log signatures and witness cosignatures ----

/** Opens a signed checkpoint: origin, a valid signature by a bundle key inside its window. */
function openCheckpoint(noteText, item, origin, keys) {
  const note = parseNote(noteText, item);
  const checkpoint = parseCheckpoint(note.text, item);
  if (checkpoint.origin !== origin)
    fail(item, `origin "${checkpoint.origin}" is not this log's origin "${origin}"`);
  const message = Buffer.from(note.text, 'utf8');
  let signer;
  for (const s of note.signatures) {
    const key = keys.find((k) => k.name === s.name && k.id === s.id);
    if (!key) continue;
    if (s.signature.length !== 64 || !verifySignature(null, message, key.object, s.signature))
      fail(
        item,
        `the signature by ${key.key} does not verify: the checkpoint was altered or re-signed`,
      );
    signer = key;
  }
  if (!signer) {
    const by = note.signatures
      .map((s) => `${s.name}+${s.id.toString(16).padStart(8, '0')}`)
      .join(', ');
    fail(item, `not signed by any key of the bundle (signed by ${by})`);
  }
  if (checkpoint.size < signer.from || (signer.until !== null && checkpoint.size >= signer.until)) {
    fail(
      item,
      `key ${signer.key} signs sizes ${signer.from} to ${signer.until === null ? 'now' : signer.until - 1}; a checkpoint of size ${checkpoint.size} is outside its window (a rotated-out key used after its window)`,
    );
  }
  return { ...checkpoint, note, signer };
}

/**
 * The witnesses among `witnesses` with a valid cosignature/v1 line on the note: message
 * "cosignature/v1\ntime <t>\n" + checkpoint text, line base64(key id, 8-byte time, signature).
 * A line naming a witness key that does not verify fails: a cosignature was altered or forged.
 */
function cosignedBy(note, item, witnesses) {
  const valid = [];
  for (const s of note.signatures) {
    const witness = witnesses.find((w) => w.name === s.name && w.id === s.id);
    if (!witness) continue;
    let ok = s.signature.length === 8 + 64;
    if (ok) {
      const time = s.signature.readBigUInt64BE(0);
      const message = Buffer.from(`cosignature/v1\ntime ${time}\n${note.text}`, 'utf8');
      ok = verifySignature(null, message, witness.object, s.signature.subarray(8));
    }
    if (!ok) fail(item, `the cosignature by witness ${witness.key} does not verify`);
    if (!valid.some((v) => v.key === witness.key)) valid.push(witness);
  }
  return valid;
}

// ---- Events (docs/event-store.md §4) ----

const str = (s) => JSON.stringify(s);
function chainHashOf(e) {
  const text =
    `{"data":${e.data},"eventId":${str(e.eventId)},"metadata":${e.metadata},"position":${e.position},"recordedAt":${str(e.recordedAt)}` +
    `,"revision":${e.revision},"schemaVersion":${e.schemaVersion},"stream":${str(e.stream)},"type":${str(e.type)}}`;
  return hexDigest(e.prevHash + text);
}

/**
 * Everything but the events (format, keys, checkpoint, cosignatures, consistency, --since); the
 * state the events are then checked against, one by one (checkEvent), and the scope (finish).
 */
function openBundle(bundle, options) {
  if (bundle.format !== FORMAT)
    fail('bundle', `format is ${JSON.stringify(bundle.format)}, this verifier reads ${FORMAT}`);
  if (typeof bundle.origin !== 'string' || bundle.origin === '') fail('bundle', 'no origin');
  if (options.origin !== undefined && bundle.origin !== options.origin)
    fail(
      'bundle',
      `origin "${bundle.origin}" is not the log you named (--origin "${options.origin}"): a bundle of another log`,
    );
  if (!Array.isArray(bundle.keys) || bundle.keys.length === 0)
    fail('keys', 'the bundle carries no log key');
  const keys = bundle.keys.map((k, i) => {
    const item = `key ${i + 1}`;
    const parsed = parseVerifierKey(k?.key, item);
    if (!isInt(k.validFromSize) || (k.validUntilSize !== null && !isInt(k.validUntilSize)))
      fail(item, 'validity window (validFromSize, validUntilSize) is malformed');
    return { ...parsed, from: k.validFromSize, until: k.validUntilSize };
  });

  // The checkpoint: origin, signature by a published key, inside that key's window.
  const checkpoint = openCheckpoint(bundle.checkpoint, 'checkpoint', bundle.origin, keys);
  const signer = checkpoint.signer;
  // The bundle's keys vouch for nothing by themselves: with --key, the signer must be one you trust.
  if ((options.trusted ?? []).length > 0 && !options.trusted.some((t) => t.key === signer.key))
    fail(
      'checkpoint',
      `signed by ${signer.key}, which is not a log key you trust (--key ${options.trusted.map((t) => t.key).join(', ')}): the bundle was re-signed under another key, or is of another log`,
    );

  // Witness cosignatures: the bundle names the log's witnesses; you name the ones you trust.
  if (bundle.witnesses !== undefined && !Array.isArray(bundle.witnesses))
    fail('bundle', 'witnesses is not an array of witness keys');
  const bundleWitnesses = (bundle.witnesses ?? []).map((k, i) =>
    parseVerifierKey(k, `witness ${i + 1}`, 0x04),
  );
  const cosigned = cosignedBy(checkpoint.note, 'checkpoint', [
    ...bundleWitnesses,
    ...options.witnesses,
  ]);
  const required = bundle.requiredCosignatures ?? 0;
  if (!isInt(required)) fail('bundle', 'requiredCosignatures is not a non-negative integer');
  const byBundleWitnesses = bundleWitnesses.filter((w) =>
    cosigned.some((c) => c.key === w.key),
  ).length;
  if (byBundleWitnesses < required)
    fail(
      'checkpoint',
      `the log requires ${required} witness cosignature(s) and the checkpoint carries ${byBundleWitnesses}: cosignatures were removed, or the checkpoint is not final`,
    );
  const byYours = options.witnesses.filter((w) => cosigned.some((c) => c.key === w.key)).length;
  if (byYours < options.minCosignatures)
    fail(
      'checkpoint',
      `${byYours} of the witnesses you named cosigned it; you asked for at least ${options.minCosignatures}`,
    );

  // Consistency: every earlier checkpoint the bundle carries is a prefix of this tree.
  if (bundle.consistency !== undefined && !Array.isArray(bundle.consistency))
    fail('bundle', 'consistency is not an array');
  const earlier = new Map();
  for (const [i, entry] of (bundle.consistency ?? []).entries()) {
    const item = `consistency ${i + 1}`;
    if (typeof entry !== 'object' || entry === null || !Array.isArray(entry.proof))
      fail(item, 'not { checkpoint, proof }');
    const old = openCheckpoint(entry.checkpoint, item, bundle.origin, keys);
    cosignedBy(old.note, item, [...bundleWitnesses, ...options.witnesses]);
    const proof = entry.proof.map((p, j) => {
      const bytes = b64(p, item, `consistency proof hash ${j + 1}`);
      if (bytes.length !== 32) fail(item, `consistency proof hash ${j + 1} is not 32 bytes`);
      return bytes;
    });
    if (old.size >= checkpoint.size)
      fail(item, `size ${old.size} is not below the bundle's checkpoint size ${checkpoint.size}`);
    if (!consistent(old.size, checkpoint.size, proof, old.root, checkpoint.root))
      fail(
        `${item} (size ${old.size})`,
        `the tree of size ${checkpoint.size} does not extend the signed tree of size ${old.size}: the log was rewritten or the proof changed`,
      );
    earlier.set(old.size, { root: old.root, proof });
  }

  // A checkpoint you hold (a witness's state, a newspaper, an earlier bundle): same log, extended.
  if (options.since !== undefined) {
    const yours = openCheckpoint(options.since, 'since', bundle.origin, keys);
    const evidence = `\nyour checkpoint:\n${options.since}\nthe bundle's checkpoint:\n${bundle.checkpoint}`;
    if (yours.size > checkpoint.size)
      fail(
        'since',
        `your checkpoint has ${yours.size} events, the bundle's only ${checkpoint.size}: a truncated log, or an older bundle (export a newer one)${evidence}`,
      );
    if (yours.size === checkpoint.size) {
      if (!yours.root.equals(checkpoint.root))
        fail('since', `two different signed roots for size ${yours.size}: a fork${evidence}`);
    } else {
      const entry = earlier.get(yours.size);
      if (!entry)
        fail(
          'since',
          `the bundle carries no consistency proof from size ${yours.size}: the log no longer lists the checkpoint you hold`,
        );
      if (!consistent(yours.size, checkpoint.size, entry.proof, yours.root, checkpoint.root))
        fail(
          'since',
          `the bundle's tree of size ${checkpoint.size} does not extend your signed tree of size ${yours.size}: the log was rewritten (a fork)${evidence}`,
        );
    }
  }

  const scope = bundle.scope ?? {};
  return {
    bundle,
    options,
    checkpoint,
    signer,
    cosigned,
    earlier,
    scope,
    // The positions a log or range bundle must hold, in order: from..to.
    from: scope.kind === 'log' ? 1 : scope.from,
    to: scope.kind === 'log' ? checkpoint.size : scope.to,
    count: 0,
    previous: undefined,
    rootLatin1: checkpoint.root.toString('latin1'),
    streams: new Map(),
    memo: { proof: undefined, states: [] },
    // The first gap or surplus seen; reported after every event verified, as a whole-file check would.
    scopeFailure: undefined,
  };
}

/** Every event: its chain hash, its inclusion in the signed tree, its link to the previous one. */
function checkEvent(state, e, i) {
  const { checkpoint, streams, previous } = state;
  const item = `event ${i + 1}${isInt(e?.position) ? ` (position ${e.position})` : ''}`;
  if (typeof e !== 'object' || e === null) fail(item, 'not an object');
  for (const field of ['position', 'revision', 'schemaVersion'])
    if (!isInt(e[field])) fail(item, `${field} is not a non-negative integer`);
  for (const field of ['stream', 'eventId', 'type', 'recordedAt', 'data', 'metadata'])
    if (typeof e[field] !== 'string') fail(item, `${field} is not a string`);
  // A prevHash equal to the hash of the event before it (checked already) is 64 hex characters.
  const linked =
    previous !== undefined && previous.position === e.position - 1 && e.prevHash === previous.hash;
  if ((!linked && !isHex64(e.prevHash)) || !isHex64(e.hash))
    fail(item, 'prevHash and hash must be 64 lowercase hex characters');
  if (e.position < 1 || e.position > checkpoint.size)
    fail(
      item,
      `position ${e.position} is outside the checkpoint's tree of ${checkpoint.size} events`,
    );
  if (previous && e.position <= previous.position)
    fail(
      item,
      `positions are not in ascending order (after ${previous.position}): events were reordered or duplicated`,
    );
  if (chainHashOf(e) !== e.hash)
    fail(
      item,
      'its fields do not hash to its chain hash: data, metadata or another field was changed',
    );
  if (previous && previous.position === e.position - 1 && previous.hash !== e.prevHash)
    fail(item, `prevHash does not equal the hash of position ${previous.position}`);
  if (!Array.isArray(e.proof)) fail(item, 'no inclusion proof');
  if (
    !included(
      leafHash(e.hash),
      e.position - 1,
      checkpoint.size,
      e.proof,
      state.rootLatin1,
      item,
      state.memo,
    )
  )
    fail(
      item,
      `its inclusion proof does not lead to the signed root of size ${checkpoint.size}: the event or the proof was changed`,
    );
  const revisions = streams.get(e.stream) ?? [];
  revisions.push(e.revision);
  streams.set(e.stream, revisions);
  state.previous = e;
  // The k-th event of a log or range bundle is at position from + k.
  const { from, to } = state;
  if (state.scopeFailure === undefined && e.position !== from + i)
    state.scopeFailure =
      from + i <= to
        ? `position ${from + i} is missing: the bundle claims every event from ${from} to ${to}`
        : `the bundle holds events outside ${from}..${to}`;
  state.count++;
}

/** What the bundle claims to hold, in full. */
function finish(state) {
  const { options, checkpoint, signer, cosigned, earlier, scope, streams, from, to } = state;
  if (scope.kind === 'log' || scope.kind === 'range') {
    if (!isInt(from) || !isInt(to) || from < 1 || to > checkpoint.size)
      fail(
        'scope',
        `range ${from}..${to} is not within the checkpoint's ${checkpoint.size} events`,
      );
    if (state.scopeFailure !== undefined) fail('scope', state.scopeFailure);
    if (state.count < to - from + 1)
      fail(
        'scope',
        `position ${from + state.count} is missing: the bundle claims every event from ${from} to ${to}`,
      );
  } else if (scope.kind === 'procurement') {
    if (!Array.isArray(scope.streams) || scope.streams.length === 0)
      fail('scope', 'a procurement bundle names its streams');
    for (const stream of scope.streams) {
      const revisions = streams.get(stream) ?? [];
      revisions.sort((a, b) => a - b);
      for (let r = 1; r <= revisions.length; r++) {
        if (revisions[r - 1] !== r)
          fail(
            `stream ${stream}`,
            `revision ${r} is missing: every revision of the stream up to the checkpoint must be in the bundle`,
          );
      }
      if (revisions.length === 0)
        fail(`stream ${stream}`, 'no event of this stream is in the bundle');
    }
    for (const stream of streams.keys())
      if (!scope.streams.includes(stream))
        fail(`stream ${stream}`, 'is in the bundle but not in its scope');
  } else {
    fail('scope', `unknown scope ${JSON.stringify(scope.kind)} (log, range or procurement)`);
  }
  return {
    events: state.count,
    size: checkpoint.size,
    key: signer.key,
    origin: checkpoint.origin,
    scope: scope.kind,
    witnessedBy: cosigned.map((w) => w.key),
    consistency: earlier.size,
    since:
      options.since === undefined
        ? undefined
        : parseCheckpoint(parseNote(options.since, 'since').text, 'since').size,
  };
}

// ---- Reading the bundle: one pass, the events one at a time ----

const CHUNK = 8 * 1024 * 1024;
const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);

/**
 * The bundle's JSON text read in chunks. A whole-log bundle of a large log is bigger than a
 * JavaScript string may be (a million events: about 1.5 GB), so it is never read whole: each
 * member of the top-level object, and each element of "events", is cut out by its brackets and
 * quotes and given to JSON.parse on its own, which also checks its syntax.
 */
class JsonReader {
  constructor(fd) {
    this.fd = fd;
    this.bytes = Buffer.allocUnsafe(CHUNK);
    this.decoder = new StringDecoder('utf8');
    this.text = '';
    this.pos = 0;
    this.eof = false;
  }

  /** Appends the next chunk; false at the end of the file. */
  more() {
    if (this.eof) return false;
    const n = readSync(this.fd, this.bytes, 0, CHUNK, null);
    const decoded = n === 0 ? this.decoder.end() : this.decoder.write(this.bytes.subarray(0, n));
    if (n === 0) this.eof = true;
    this.text = this.text.slice(this.pos) + decoded;
    this.pos = 0;
    return n > 0 || decoded.length > 0;
  }

  /** The next character that is not whitespace (not consumed), or -1 at the end of the file. */
  peek() {
    for (;;) {
      while (this.pos < this.text.length) {
        const c = this.text.charCodeAt(this.pos);
        if (!WHITESPACE.has(c)) return c;
        this.pos++;
      }
      if (!this.more()) return -1;
    }
  }

  /** Consumes `char` (after whitespace) or throws a SyntaxError naming `what` was expected. */
  expect(char, what) {
    const c = this.peek();
    if (c !== char.charCodeAt(0))
      throw new SyntaxError(
        c === -1
          ? `the file ends where ${what} should be`
          : `${what} expected, found "${String.fromCharCode(c)}"`,
      );
    this.pos++;
  }

  /** The text of the JSON value that starts at the next non-whitespace character, consumed. */
  value() {
    if (this.peek() === -1) throw new SyntaxError('the file ends where a value should be');
    for (;;) {
      const end = this.end(this.pos);
      if (end !== -1) {
        const text = this.text.slice(this.pos, end);
        this.pos = end;
        return text;
      }
      if (!this.more()) throw new SyntaxError('the file ends inside a value');
    }
  }

  /** Where the value starting at `start` ends, or -1 when the text read so far ends first. */
  end(start) {
    const s = this.text;
    const first = s.charCodeAt(start);
    let i = start;
    if (first !== 0x7b && first !== 0x5b && first !== 0x22) {
      // A number, true, false or null: up to the next delimiter.
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x2c || c === 0x7d || c === 0x5d || WHITESPACE.has(c)) return i;
      }
      return -1;
    }
    let depth = 0;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        // The closing quote: the next one not escaped (preceded by an even run of backslashes).
        let q = s.indexOf('"', i + 1);
        for (;;) {
          if (q === -1) return -1;
          let b = q - 1;
          while (s.charCodeAt(b) === 0x5c) b--;
          if ((q - 1 - b) % 2 === 0) break;
          q = s.indexOf('"', q + 1);
        }
        if (depth === 0) return q + 1;
        i = q + 1;
        continue;
      }
      if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return -1;
  }
}

/**
 * Reads the top-level object: its members before "events" make the header (opened once
 * "events" starts), then each event is checked as it is read. "events" must be the last member:
 * the events are checked against what precedes them, in one pass.
 */
function readBundle(reader, onHeader, onEvent) {
  const first = reader.peek();
  if (first !== 0x7b) {
    if (first === -1) throw new SyntaxError('the file is empty');
    if ('["-0123456789tfn'.includes(String.fromCharCode(first)))
      fail('bundle', 'not a JSON object');
    throw new SyntaxError(`"{" expected, found "${String.fromCharCode(first)}"`);
  }
  reader.pos++;
  const header = {};
  const seen = new Set();
  let events = false;
  if (reader.peek() === 0x7d) reader.pos++;
  else
    for (;;) {
      if (reader.peek() !== 0x22) reader.expect('"', 'a member name');
      const key = JSON.parse(reader.value());
      if (seen.has(key)) fail('bundle', `member "${key}" appears twice`);
      seen.add(key);
      if (events)
        fail(
          'bundle',
          `"events" must be the last member (the events are checked in one pass against what precedes them); "${key}" follows it`,
        );
      reader.expect(':', '":"');
      if (key === 'events') {
        events = true;
        onHeader(header);
        if (reader.peek() !== 0x5b) fail('bundle', 'no events array');
        reader.pos++;
        if (reader.peek() === 0x5d) reader.pos++;
        else
          for (let i = 0; ; i++) {
            onEvent(JSON.parse(reader.value()), i);
            if (reader.peek() === 0x5d) {
              reader.pos++;
              break;
            }
            reader.expect(',', '"," or "]" after an event');
          }
      } else header[key] = JSON.parse(reader.value());
      if (reader.peek() === 0x7d) {
        reader.pos++;
        break;
      }
      reader.expect(',', '"," or "}" after a member');
    }
  if (reader.peek() !== -1) throw new SyntaxError('text after the end of the bundle');
  if (!events) {
    onHeader(header);
    fail('bundle', 'no events array');
  }
}

function verifyFile(file, options) {
  let fd;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    fail('bundle', `cannot read ${file}: ${error.code ?? error.message}`);
  }
  try {
    const reader = new JsonReader(fd);
    let state;
    try {
      readBundle(
        reader,
        (header) => (state = openBundle(header, options)),
        (event, i) => checkEvent(state, event, i),
      );
    } catch (error) {
      if (error instanceof SyntaxError)
        fail('bundle', `not valid JSON (truncated or damaged?): ${error.message}`);
      if (typeof error?.code === 'string' && !(error instanceof Failure))
        fail('bundle', `cannot read ${file}: ${error.code}`);
      throw error;
    }
    return finish(state);
  } finally {
    closeSync(fd);
  }
}

const USAGE =
  'usage: node verify.mjs [--key <log key>]... [--origin <origin>] [--since <checkpoint file>] [--witness <witness key>]... [--min-cosignatures <n>] <bundle.json>\n';

function parseArgs(argv) {
  const options = {
    witnesses: [],
    keys: [],
    origin: undefined,
    minCosignatures: undefined,
    since: undefined,
  };
  let file;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--since') options.sinceFile = value();
    else if (arg === '--witness') options.witnesses.push(value());
    else if (arg === '--key') options.keys.push(value());
    else if (arg === '--origin') options.origin = value();
    else if (arg === '--min-cosignatures') {
      const n = value();
      if (!/^\d+$/.test(n)) throw new Error('--min-cosignatures needs a non-negative integer');
      options.minCosignatures = Number(n);
    } else if (arg.startsWith('--') || file !== undefined) throw new Error(`unexpected ${arg}`);
    else file = arg;
  }
  if (file === undefined) throw new Error('no bundle file');
  return { file, options };
}

function main(argv) {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${error.message}\n${USAGE}`);
    return 2;
  }
  const { file, options } = parsed;
  try {
    const witnesses = options.witnesses.map((k, i) =>
      parseVerifierKey(k, `--witness ${i + 1}`, 0x04),
    );
    const trusted = options.keys.map((k, i) => parseVerifierKey(k, `--key ${i + 1}`));
    let since;
    if (options.sinceFile !== undefined) {
      try {
        since = readFileSync(options.sinceFile, 'utf8');
      } catch (error) {
        fail('since', `cannot read ${options.sinceFile}: ${error.code ?? error.message}`);
      }
    }
    const result = verifyFile(file, {
      witnesses,
      // Naming witnesses means requiring each of them, unless you say how many suffice.
      minCosignatures: options.minCosignatures ?? witnesses.length,
      since,
      trusted,
      origin: options.origin,
    });
    const extras = [
      result.witnessedBy.length > 0
        ? `cosigned by ${result.witnessedBy.join(', ')}`
        : 'no witness cosignature',
      `consistent with ${result.consistency} earlier checkpoint(s)`,
      ...(result.since === undefined ? [] : [`extends your checkpoint of size ${result.since}`]),
      trusted.length > 0
        ? 'signed by a log key you named'
        : 'log key taken from the bundle itself (name the one you trust with --key)',
    ];
    process.stdout.write(
      `OK: ${result.events} events (${result.scope}) verified against the checkpoint of ${result.origin} at size ${result.size}, signed by ${result.key}; ${extras.join('; ')}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    process.stdout.write(`FAIL ${error.item}: ${error.reason}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
