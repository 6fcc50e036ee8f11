import {
  checkpointText,
  generateCosignerKey,
  generateSignerKey,
  parseCosignatureVerifierKey,
  parseCosignerKey,
  parseNote,
  NoteError,
  openNote,
  parseCheckpoint,
  parseSignerKey,
  parseVerifierKey,
  signNote,
} from './note';

// The example keys and note of golang.org/x/mod/sumdb/note's documentation: Ed25519 is
// deterministic, so our signature must equal Go's byte for byte.
const GO_SIGNER = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const GO_VERIFIER = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_NOTE = `${GO_TEXT}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

describe('signed notes (C2SP signed-note, sumdb/note compatible)', () => {
  it('derives Go’s verifier key and signs Go’s example note to the same bytes', () => {
    const signer = parseSignerKey(GO_SIGNER);
    expect(signer.verifier.key).toBe(GO_VERIFIER);
    expect(signNote(GO_TEXT, [signer])).toBe(GO_NOTE);
    expect(openNote(GO_NOTE, [parseVerifierKey(GO_VERIFIER)]).text).toBe(GO_TEXT);
  });

  it('refuses a changed text, a changed signature, an unknown key and a malformed note', () => {
    const verifier = parseVerifierKey(GO_VERIFIER);
    expect(() => openNote(GO_NOTE.replace('answer', 'Answer'), [verifier])).toThrow(
      /does not verify/,
    );
    expect(() => openNote(GO_NOTE.replace('x08go', 'x08gp'), [verifier])).toThrow(NoteError);
    const other = parseSignerKey(generateSignerKey('PeterNeumann'));
    expect(() => openNote(GO_NOTE, [other.verifier])).toThrow(/no signature by a known key/);
    expect(() => openNote(GO_TEXT, [verifier])).toThrow(/no blank line/);
    expect(() => openNote(`${GO_TEXT}\n`, [verifier])).toThrow(NoteError);
  });

  it('keeps a signature by a key the reader does not follow aside, and verifies the rest', () => {
    const log = parseSignerKey(generateSignerKey('log.example/one'));
    const witness = parseSignerKey(generateSignerKey('witness.example'));
    const note = signNote('log.example/one\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n', [
      log,
      witness,
    ]);
    expect(openNote(note, [log.verifier]).verifiedBy.map((v) => v.name)).toEqual([
      'log.example/one',
    ]);
    expect(openNote(note, [log.verifier, witness.verifier]).verifiedBy).toHaveLength(2);
  });

  it('refuses malformed keys with a reason', () => {
    expect(() =>
      parseVerifierKey('PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'),
    ).toThrow(/does not match/);
    expect(() =>
      parseVerifierKey('Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'),
    ).toThrow(/name/);
    expect(() => parseSignerKey('PRIVATE+KEY+PeterNeumann+c74f20a3+AYEK')).toThrow(/Ed25519/);
    expect(() => parseSignerKey(GO_VERIFIER)).toThrow(NoteError);
    expect(() => parseSignerKey('not a key')).toThrow(/fields/);
  });

  it('formats and parses a C2SP checkpoint', () => {
    const root = Buffer.alloc(32, 7);
    const text = checkpointText({ origin: 'ledger.example/log', size: 42, root });
    expect(text).toBe(`ledger.example/log\n42\n${root.toString('base64')}\n`);
    expect(parseCheckpoint(text)).toEqual({
      origin: 'ledger.example/log',
      size: 42,
      root,
      extensions: [],
    });
    expect(() => parseCheckpoint('ledger.example/log\n042\nAA==\n')).toThrow(/tree size/);
    expect(() =>
      parseCheckpoint(`ledger.example/log\n42\n${Buffer.alloc(31).toString('base64')}\n`),
    ).toThrow(/root hash/);
    expect(() => parseCheckpoint('ledger.example/log\n42\n')).toThrow(/three lines/);
  });

  it('cosigns a checkpoint as C2SP tlog-cosignature/v1: key type 0x04, time and signature over "cosignature/v1\\ntime <t>\\n" + text', () => {
    const cosigner = parseCosignerKey(generateCosignerKey('witness.example'));
    expect(cosigner.key).toMatch(/^witness\.example\+[0-9a-f]{8}\+/);
    expect(Buffer.from(cosigner.key.split('+')[2]!, 'base64')[0]).toBe(0x04);
    const text = checkpointText({
      origin: 'ledger.example/log',
      size: 42,
      root: Buffer.alloc(32, 1),
    });
    const line = cosigner.cosign(text, 1_765_000_000);
    const [signature] = parseNote(`${text}\n${line}`).signatures;
    expect(signature!.signature).toHaveLength(8 + 64);
    const verifier = parseCosignatureVerifierKey(cosigner.key);
    expect(verifier.verify(text, signature!)).toBe(1_765_000_000);
    expect(verifier.verify(text.replace('42', '43'), signature!)).toBeUndefined();
    expect(() =>
      parseCosignatureVerifierKey(parseSignerKey(generateSignerKey('x')).verifier.key),
    ).toThrow(/cosignature\/v1/);
  });
});
