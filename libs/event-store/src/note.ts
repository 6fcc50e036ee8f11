import {
  createPrivateKey,
  createPublicKey,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { HASH_SIZE, sha256 } from './merkle';

/**
 * C2SP signed-note with Ed25519 keys, and C2SP tlog-checkpoint on top of it
 * (docs/transparency-log.md). Byte-compatible with golang.org/x/mod/sumdb/note: keys are
 *   verifier  <name>+<key id, 8 hex>+<base64(0x01 || 32-byte public key)>
 *   signer    PRIVATE+KEY+<name>+<key id>+<base64(0x01 || 32-byte seed)>
 * with key id = the first 4 bytes (big-endian) of SHA-256(name || "\n" || 0x01 || public key),
 * and a signed note is the text, a blank line, then one line per signature:
 *   "— <name> <base64(key id || Ed25519 signature of the text)>\n".
 */

export const ALG_ED25519 = 0x01;
const SIGNATURE_PREFIX = '\u2014 ';
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

/** Malformed key or note, wrong signature: `reason` is plain language for an operator or auditor. */
export class NoteError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'NoteError';
  }
}

/** Key names: non-empty, no whitespace, no '+' (the key-string separator). */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name);
}

export function keyId(name: string, alg: number, publicKey: Uint8Array): number {
  return sha256(
    Buffer.concat([Buffer.from(`${name}\n`, 'utf8'), Buffer.from([alg]), publicKey]),
  ).readUInt32BE(0);
}

const hex8 = (id: number): string => id.toString(16).padStart(8, '0');

export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  readonly publicKey: Buffer;
  /** The verifier key string, as published at the keys route. */
  readonly key: string;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  readonly verifier: NoteVerifier;
  sign(message: Uint8Array): Buffer;
}

function publicKeyObject(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' });
}

function makeVerifier(name: string, publicKey: Buffer): NoteVerifier {
  const id = keyId(name, ALG_ED25519, publicKey);
  const object = publicKeyObject(publicKey);
  return {
    name,
    keyId: id,
    publicKey,
    key: `${name}+${hex8(id)}+${Buffer.concat([Buffer.from([ALG_ED25519]), publicKey]).toString('base64')}`,
    verify: (message, signature) =>
      signature.length === 64 && verify(null, message, object, signature),
  };
}

/** The last field is base64 and may itself contain '+', so only the first parts - 1 separators split. */
function splitKey(text: string, parts: number, what: string): string[] {
  const fields: string[] = [];
  let rest = text.trim();
  for (let i = 1; i < parts; i++) {
    const at = rest.indexOf('+');
    if (at < 0)
      throw new NoteError(`a ${what} key has ${parts} '+'-separated fields, this one has ${i}`);
    fields.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  return [...fields, rest];
}

function decodeKeyBytes(name: string, idHex: string, encoded: string, what: string): Buffer {
  if (!isValidKeyName(name))
    throw new NoteError(`the ${what} key name "${name}" is empty or contains spaces or '+'`);
  if (!/^[0-9a-f]{8}$/.test(idHex))
    throw new NoteError(`the ${what} key id "${idHex}" is not 8 lowercase hex digits`);
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.toString('base64') !== encoded)
    throw new NoteError(`the ${what} key material is not valid base64`);
  if (bytes.length !== 33 || bytes[0] !== ALG_ED25519)
    throw new NoteError(`the ${what} key is not an Ed25519 key (algorithm byte 0x01 and 32 bytes)`);
  return bytes.subarray(1);
}

export function parseVerifierKey(text: string): NoteVerifier {
  const [name, idHex, encoded] = splitKey(text, 3, 'verifier');
  const verifier = makeVerifier(name!, decodeKeyBytes(name!, idHex!, encoded!, 'verifier'));
  if (hex8(verifier.keyId) !== idHex)
    throw new NoteError(
      `the verifier key id ${idHex} does not match its name and public key (expected ${hex8(verifier.keyId)})`,
    );
  return verifier;
}

export function parseSignerKey(text: string): NoteSigner {
  const fields = splitKey(text, 5, 'signer');
  if (fields[0] !== 'PRIVATE' || fields[1] !== 'KEY')
    throw new NoteError('a signer key starts with PRIVATE+KEY+');
  const [, , name, idHex, encoded] = fields;
  const seed = decodeKeyBytes(name!, idHex!, encoded!, 'signer');
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const verifier = makeVerifier(name!, Buffer.from(spki.subarray(spki.length - 32)));
  if (hex8(verifier.keyId) !== idHex)
    throw new NoteError(
      `the signer key id ${idHex} does not match its name and key (expected ${hex8(verifier.keyId)})`,
    );
  return {
    name: name!,
    keyId: verifier.keyId,
    verifier,
    sign: (message) => sign(null, message, privateKey),
  };
}

/** A fresh signer key string (`PRIVATE+KEY+...`); keep it secret, publish its verifier key. */
export function generateSignerKey(name: string): string {
  if (!isValidKeyName(name))
    throw new NoteError(`the key name "${name}" is empty or contains spaces or '+'`);
  const seed = randomBytes(32);
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const id = keyId(name, ALG_ED25519, spki.subarray(spki.length - 32));
  return `PRIVATE+KEY+${name}+${hex8(id)}+${Buffer.concat([Buffer.from([ALG_ED25519]), seed]).toString('base64')}`;
}

export interface NoteSignature {
  readonly name: string;
  readonly keyId: number;
  /** The signature bytes after the 4-byte key id. */
  readonly signature: Buffer;
  /** The whole line without its newline, to carry a signature over unchanged. */
  readonly line: string;
}

/** Signs `text` (which must end in a newline) with every signer. */
export function signNote(text: string, signers: readonly NoteSigner[]): string {
  assertNoteText(text);
  const message = Buffer.from(text, 'utf8');
  return `${text}\n${signers.map((s) => signatureLine(s.name, s.keyId, s.sign(message))).join('')}`;
}

export function signatureLine(name: string, id: number, signature: Uint8Array): string {
  const bytes = Buffer.alloc(4 + signature.length);
  bytes.writeUInt32BE(id, 0);
  bytes.set(signature, 4);
  return `${SIGNATURE_PREFIX}${name} ${bytes.toString('base64')}\n`;
}

function assertNoteText(text: string): void {
  if (!text.endsWith('\n')) throw new NoteError('the note text does not end with a newline');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(text))
    throw new NoteError('the note text contains control characters');
}

/** Splits a signed note into its text and signature lines, without checking any signature. */
export function parseNote(note: string): { text: string; signatures: NoteSignature[] } {
  const split = note.lastIndexOf('\n\n');
  if (split < 0)
    throw new NoteError('the note has no blank line between its text and its signatures');
  const text = note.slice(0, split + 1);
  assertNoteText(text);
  const block = note.slice(split + 2);
  if (!block.endsWith('\n')) throw new NoteError('the signature block does not end with a newline');
  const signatures: NoteSignature[] = [];
  for (const line of block.slice(0, -1).split('\n')) {
    const match = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/u.exec(line);
    if (!match) throw new NoteError(`malformed signature line "${line}"`);
    const bytes = Buffer.from(match[2]!, 'base64');
    if (bytes.toString('base64') !== match[2] || bytes.length < 5)
      throw new NoteError(
        `the signature of "${match[1]}" is not valid base64 of a key id and a signature`,
      );
    signatures.push({
      name: match[1]!,
      keyId: bytes.readUInt32BE(0),
      signature: bytes.subarray(4),
      line,
    });
  }
  if (signatures.length === 0) throw new NoteError('the note carries no signature');
  return { text, signatures };
}

/**
 * Opens a signed note: returns its text when at least one signature is by a known key and every
 * signature by a known key verifies. A signature by a key not in `verifiers` is left aside
 * (a witness cosignature, a key this caller does not follow), as sumdb/note does.
 */
export function openNote(
  note: string,
  verifiers: readonly NoteVerifier[],
): { text: string; verifiedBy: NoteVerifier[]; signatures: NoteSignature[] } {
  const { text, signatures } = parseNote(note);
  const message = Buffer.from(text, 'utf8');
  const verifiedBy: NoteVerifier[] = [];
  for (const s of signatures) {
    const verifier = verifiers.find((v) => v.name === s.name && v.keyId === s.keyId);
    if (!verifier) continue;
    if (!verifier.verify(message, s.signature))
      throw new NoteError(`the signature by ${s.name} (key ${hex8(s.keyId)}) does not verify`);
    verifiedBy.push(verifier);
  }
  if (verifiedBy.length === 0) {
    throw new NoteError(
      `no signature by a known key (signed by ${signatures.map((s) => `${s.name}+${hex8(s.keyId)}`).join(', ')})`,
    );
  }
  return { text, verifiedBy, signatures };
}

// ---- C2SP tlog-checkpoint ----

export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly root: Buffer;
  /** Optional lines after the root hash, carried as they are. */
  readonly extensions: readonly string[];
}

export function checkpointText(
  checkpoint: Pick<Checkpoint, 'origin' | 'size' | 'root'> & { extensions?: readonly string[] },
): string {
  if (checkpoint.root.length !== HASH_SIZE)
    throw new NoteError('a checkpoint root hash has 32 bytes');
  return `${checkpoint.origin}\n${checkpoint.size}\n${checkpoint.root.toString('base64')}\n${(checkpoint.extensions ?? []).map((e) => `${e}\n`).join('')}`;
}

/** Parses the text of a checkpoint (not its signatures): origin, decimal size without leading zeros, base64 root. */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new NoteError('the checkpoint does not end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3)
    throw new NoteError('a checkpoint has at least three lines: origin, tree size, root hash');
  const [origin, sizeText, rootText, ...extensions] = lines as [
    string,
    string,
    string,
    ...string[],
  ];
  if (origin.length === 0) throw new NoteError('the checkpoint origin line is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText)))
    throw new NoteError(`the checkpoint tree size "${sizeText}" is not a decimal number`);
  const root = Buffer.from(rootText, 'base64');
  if (root.length !== HASH_SIZE || root.toString('base64') !== rootText)
    throw new NoteError('the checkpoint root hash is not the base64 of 32 bytes');
  if (extensions.some((e) => e.length === 0))
    throw new NoteError('the checkpoint has an empty extension line');
  return { origin, size: Number(sizeText), root, extensions };
}

// ---- C2SP tlog-cosignature (cosignature/v1) ----

/** Algorithm byte of cosignature/v1 witness keys (C2SP signed-note key types). */
export const ALG_COSIGNATURE_V1 = 0x04;

export interface Cosigner {
  readonly name: string;
  readonly keyId: number;
  /** Verifier key `name+id+base64(0x04 || public key)`, what the log is told to accept. */
  readonly key: string;
  /** The signature line for a checkpoint text, at `time` (seconds since the epoch). */
  cosign(checkpointText: string, time: number): string;
}

export interface CosignatureVerifier {
  readonly name: string;
  readonly keyId: number;
  readonly key: string;
  /** The time it signed at, when `line` is its valid cosignature of the checkpoint text. */
  verify(checkpointText: string, line: NoteSignature): number | undefined;
}

/** The signed message: "cosignature/v1\ntime <seconds>\n" followed by the checkpoint text. */
function cosignedMessage(checkpointText: string, time: number): Buffer {
  return Buffer.from(`cosignature/v1\ntime ${time}\n${checkpointText}`, 'utf8');
}

/** Witness keys are Ed25519 seeds, stored like log keys but of type 0x04: PRIVATE+KEY+name+id+base64(0x04 || seed). */
export function generateCosignerKey(name: string): string {
  if (!isValidKeyName(name))
    throw new NoteError(`the key name "${name}" is empty or contains spaces or '+'`);
  const seed = randomBytes(32);
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const id = keyId(name, ALG_COSIGNATURE_V1, spki.subarray(spki.length - 32));
  return `PRIVATE+KEY+${name}+${hex8(id)}+${Buffer.concat([Buffer.from([ALG_COSIGNATURE_V1]), seed]).toString('base64')}`;
}

function decodeCosignatureKey(name: string, idHex: string, encoded: string, what: string): Buffer {
  if (!isValidKeyName(name))
    throw new NoteError(`the ${what} key name "${name}" is empty or contains spaces or '+'`);
  const bytes = Buffer.from(encoded, 'base64');
  if (
    !/^[0-9a-f]{8}$/.test(idHex) ||
    bytes.toString('base64') !== encoded ||
    bytes.length !== 33 ||
    bytes[0] !== ALG_COSIGNATURE_V1
  ) {
    throw new NoteError(
      `the ${what} key is not a cosignature/v1 key (id of 8 hex digits, algorithm byte 0x04 and 32 bytes)`,
    );
  }
  return bytes.subarray(1);
}

export function parseCosignerKey(text: string): Cosigner {
  const fields = splitKey(text, 5, 'witness signer');
  if (fields[0] !== 'PRIVATE' || fields[1] !== 'KEY')
    throw new NoteError('a witness signer key starts with PRIVATE+KEY+');
  const [, , name, idHex, encoded] = fields as [string, string, string, string, string];
  const seed = decodeCosignatureKey(name, idHex, encoded, 'witness signer');
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = spki.subarray(spki.length - 32);
  const id = keyId(name, ALG_COSIGNATURE_V1, publicKey);
  if (hex8(id) !== idHex)
    throw new NoteError(
      `the witness key id ${idHex} does not match its name and key (expected ${hex8(id)})`,
    );
  return {
    name,
    keyId: id,
    key: `${name}+${idHex}+${Buffer.concat([Buffer.from([ALG_COSIGNATURE_V1]), publicKey]).toString('base64')}`,
    cosign: (checkpointText, time) => {
      const bytes = Buffer.alloc(4 + 8 + 64);
      bytes.writeUInt32BE(id, 0);
      bytes.writeBigUInt64BE(BigInt(time), 4);
      sign(null, cosignedMessage(checkpointText, time), privateKey).copy(bytes, 12);
      return `${SIGNATURE_PREFIX}${name} ${bytes.toString('base64')}\n`;
    },
  };
}

export function parseCosignatureVerifierKey(text: string): CosignatureVerifier {
  const [name, idHex, encoded] = splitKey(text, 3, 'witness verifier') as [string, string, string];
  const publicKey = decodeCosignatureKey(name, idHex, encoded, 'witness verifier');
  const id = keyId(name, ALG_COSIGNATURE_V1, publicKey);
  if (hex8(id) !== idHex)
    throw new NoteError(
      `the witness key id ${idHex} does not match its name and public key (expected ${hex8(id)})`,
    );
  const object = publicKeyObject(publicKey);
  return {
    name,
    keyId: id,
    key: text.trim(),
    verify: (checkpointText, line) => {
      if (line.name !== name || line.keyId !== id || line.signature.length !== 8 + 64)
        return undefined;
      const time = Number(line.signature.readBigUInt64BE(0));
      return verify(null, cosignedMessage(checkpointText, time), object, line.signature.subarray(8))
        ? time
        : undefined;
    },
  };
}
