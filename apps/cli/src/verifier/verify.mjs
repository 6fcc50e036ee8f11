#!/usr/bin/env node
// Contract Ledger offline bundle verifier (docs/audit-bundle.md). One file, Node.js >= 20 and its
// built-in modules only: no npm install, no server, no database.
//
//   node verify.mjs bundle.json
//
// Exit 0 only when everything verifies: the checkpoint's Ed25519 signature by a published log key
// within its validity window, every event's chain hash recomputed from its fields, every
// inclusion proof against the signed root, the hash links between consecutive events, and the
// completeness the bundle claims (a whole range of positions, or every revision of each stream of
// a procurement). Otherwise exit 1 with the first failing item and a plain reason.
import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';

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

function parseVerifierKey(text, item) {
  if (typeof text !== 'string') fail(item, 'the key is not a string');
  const first = text.indexOf('+');
  const second = text.indexOf('+', first + 1);
  if (first <= 0 || second < 0) fail(item, `"${text}" is not a verifier key (name+id+base64)`);
  const name = text.slice(0, first);
  const id = text.slice(first + 1, second);
  const material = b64(text.slice(second + 1), item, 'the key material');
  if (!/^[0-9a-f]{8}$/.test(id)) fail(item, `key id "${id}" is not 8 hex digits`);
  if (material.length !== 33 || material[0] !== 0x01)
    fail(item, 'not an Ed25519 key (algorithm byte 0x01 and 32 bytes)');
  const publicKey = material.subarray(1);
  const expected = sha256(
    Buffer.from(`${name}\n`, 'utf8'),
    Buffer.from([0x01]),
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

const leafHash = (chainHashHex) => sha256(Buffer.from([0]), Buffer.from(chainHashHex, 'hex'));
const nodeHash = (l, r) => sha256(Buffer.from([1]), l, r);

function inclusionRoot(leaf, index, size, proof) {
  if (index >= size) return undefined;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : undefined;
}

// ---- Events (docs/event-store.md §4) ----

const str = (s) => JSON.stringify(s);
function chainHashOf(e) {
  const text =
    `{"data":${e.data},"eventId":${str(e.eventId)},"metadata":${e.metadata},"position":${e.position},"recordedAt":${str(e.recordedAt)}` +
    `,"revision":${e.revision},"schemaVersion":${e.schemaVersion},"stream":${str(e.stream)},"type":${str(e.type)}}`;
  return sha256(Buffer.from(e.prevHash + text, 'utf8')).toString('hex');
}

function verifyBundle(bundle) {
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle))
    fail('bundle', 'not a JSON object');
  if (bundle.format !== FORMAT)
    fail('bundle', `format is ${JSON.stringify(bundle.format)}, this verifier reads ${FORMAT}`);
  if (typeof bundle.origin !== 'string' || bundle.origin === '') fail('bundle', 'no origin');
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
  const note = parseNote(bundle.checkpoint, 'checkpoint');
  const checkpoint = parseCheckpoint(note.text, 'checkpoint');
  if (checkpoint.origin !== bundle.origin)
    fail('checkpoint', `origin "${checkpoint.origin}" is not this log's origin "${bundle.origin}"`);
  const message = Buffer.from(note.text, 'utf8');
  let signer;
  for (const s of note.signatures) {
    const key = keys.find((k) => k.name === s.name && k.id === s.id);
    if (!key) continue;
    if (s.signature.length !== 64 || !verifySignature(null, message, key.object, s.signature))
      fail(
        'checkpoint',
        `the signature by ${key.key} does not verify: the checkpoint was altered or re-signed`,
      );
    signer = key;
  }
  if (!signer) {
    const by = note.signatures
      .map((s) => `${s.name}+${s.id.toString(16).padStart(8, '0')}`)
      .join(', ');
    fail('checkpoint', `not signed by any key of the bundle (signed by ${by})`);
  }
  if (checkpoint.size < signer.from || (signer.until !== null && checkpoint.size >= signer.until)) {
    fail(
      'checkpoint',
      `key ${signer.key} signs sizes ${signer.from} to ${signer.until === null ? 'now' : signer.until - 1}; a checkpoint of size ${checkpoint.size} is outside its window (a rotated-out key used after its window)`,
    );
  }

  // Every event: its chain hash, its inclusion in the signed tree, its link to the previous one.
  if (!Array.isArray(bundle.events)) fail('bundle', 'no events array');
  let previous;
  const streams = new Map();
  for (const [i, e] of bundle.events.entries()) {
    const item = `event ${i + 1}${isInt(e?.position) ? ` (position ${e.position})` : ''}`;
    if (typeof e !== 'object' || e === null) fail(item, 'not an object');
    for (const field of ['position', 'revision', 'schemaVersion'])
      if (!isInt(e[field])) fail(item, `${field} is not a non-negative integer`);
    for (const field of ['stream', 'eventId', 'type', 'recordedAt', 'data', 'metadata'])
      if (typeof e[field] !== 'string') fail(item, `${field} is not a string`);
    if (!isHex64(e.prevHash) || !isHex64(e.hash))
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
    const proof = e.proof.map((p, j) => {
      const bytes = b64(p, item, `inclusion proof hash ${j + 1}`);
      if (bytes.length !== 32) fail(item, `inclusion proof hash ${j + 1} is not 32 bytes`);
      return bytes;
    });
    const root = inclusionRoot(leafHash(e.hash), e.position - 1, checkpoint.size, proof);
    if (!root || !root.equals(checkpoint.root))
      fail(
        item,
        `its inclusion proof does not lead to the signed root of size ${checkpoint.size}: the event or the proof was changed`,
      );
    const revisions = streams.get(e.stream) ?? [];
    revisions.push(e.revision);
    streams.set(e.stream, revisions);
    previous = e;
  }

  // What the bundle claims to hold, in full.
  const scope = bundle.scope ?? {};
  const positions = bundle.events.map((e) => e.position);
  if (scope.kind === 'log' || scope.kind === 'range') {
    const from = scope.kind === 'log' ? 1 : scope.from;
    const to = scope.kind === 'log' ? checkpoint.size : scope.to;
    if (!isInt(from) || !isInt(to) || from < 1 || to > checkpoint.size)
      fail(
        'scope',
        `range ${from}..${to} is not within the checkpoint's ${checkpoint.size} events`,
      );
    for (let p = from, k = 0; p <= to; p++, k++) {
      if (positions[k] !== p)
        fail(
          'scope',
          `position ${p} is missing: the bundle claims every event from ${from} to ${to}`,
        );
    }
    if (positions.length !== to - from + 1)
      fail('scope', `the bundle holds events outside ${from}..${to}`);
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
    events: bundle.events.length,
    size: checkpoint.size,
    key: signer.key,
    origin: checkpoint.origin,
    scope: scope.kind,
  };
}

function main(argv) {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('usage: node verify.mjs <bundle.json>\n');
    return 2;
  }
  try {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      fail('bundle', `cannot read ${file}: ${error.code ?? error.message}`);
    }
    let bundle;
    try {
      bundle = JSON.parse(text);
    } catch (error) {
      fail('bundle', `not valid JSON (truncated or damaged?): ${error.message}`);
    }
    const result = verifyBundle(bundle);
    process.stdout.write(
      `OK: ${result.events} events (${result.scope}) verified against the checkpoint of ${result.origin} at size ${result.size}, signed by ${result.key}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    process.stdout.write(`FAIL ${error.item}: ${error.reason}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
