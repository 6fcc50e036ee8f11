import {
  generateCosignerKey,
  NoteError,
  openNote,
  parseCheckpoint,
  parseCosignerKey,
  parseVerifierKey,
  verifyConsistency,
  type Checkpoint,
} from '@contract-ledger/event-store';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseOptions, text, UsageError } from './args';

export const WITNESS_USAGE = `Usage: ledger witness --url <server> --state <dir> [--log-key <verifier key>] [--name <witness name>]

A witness, run by an audit office (docs/transparency-log.md "Witnesses"): fetches the log's latest
checkpoint, checks its signature by the log key, checks that it extends the last checkpoint this
witness accepted (a consistency proof from the server, checked against the witness's own copy of
the old root), then cosigns it (C2SP tlog-cosignature) and posts the cosignature to the server.

State in <dir>: witness-key (generated on the first run, mode 0600; give the server its verifier
key for LEDGER_WITNESS_KEYS), log-key (the log key, from --log-key or trusted on the first run),
checkpoint (the last accepted). A fork, rewritten history or truncation exits 1 and prints both
checkpoints as evidence; the state keeps the old one.
Exit 0: accepted and cosigned; 1: refused (evidence printed) or the server failed.
`;

interface Io {
  readonly out: NodeJS.WritableStream;
}

/** Writes whole-or-nothing: a crash never leaves half a state file. */
function save(file: string, content: string, mode = 0o644): void {
  writeFileSync(`${file}.tmp`, content, { mode });
  renameSync(`${file}.tmp`, file);
}

async function get(url: string): Promise<{ status: number; text: string }> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Error(`cannot reach ${url}: ${(error as Error).message}`);
  }
  return { status: response.status, text: await response.text() };
}

export async function witnessCommand(
  args: readonly string[],
  cwd: string,
  io: Io,
  now: () => Date = () => new Date(),
): Promise<number> {
  const parsed = parseOptions(args, {
    url: { type: 'string' },
    state: { type: 'string' },
    'log-key': { type: 'string' },
    name: { type: 'string' },
  });
  const url = text(parsed, 'url')?.replace(/\/+$/, '');
  const stateDir = text(parsed, 'state');
  if (url === undefined || !/^https?:\/\//.test(url))
    throw new UsageError('--url must be the server, e.g. http://localhost:3000');
  if (stateDir === undefined) throw new UsageError('--state <dir> is required');
  const dir = path.resolve(cwd, stateDir);
  mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);

  const keyFile = file('witness-key');
  if (!existsSync(keyFile))
    save(keyFile, `${generateCosignerKey(text(parsed, 'name') ?? 'witness')}\n`, 0o600);
  const cosigner = parseCosignerKey(readFileSync(keyFile, 'utf8'));

  let logKey =
    text(parsed, 'log-key') ??
    (existsSync(file('log-key')) ? readFileSync(file('log-key'), 'utf8').trim() : undefined);
  if (logKey === undefined) {
    // Trust on first use, said out loud: the operator should compare it with the key the log publishes elsewhere.
    const keys = await get(`${url}/log/keys`);
    if (keys.status !== 200) throw new Error(`${url}/log/keys answered ${keys.status}`);
    logKey = (JSON.parse(keys.text) as { keys: { key: string; current: boolean }[] }).keys.find(
      (k) => k.current,
    )?.key;
    if (!logKey) throw new Error(`${url}/log/keys names no current key`);
    io.out.write(`witness: trusting the log key ${logKey} on first use (pin it with --log-key)\n`);
  }
  const verifier = parseVerifierKey(logKey);
  if (!existsSync(file('log-key'))) save(file('log-key'), `${logKey}\n`);

  const latest = await get(`${url}/log/checkpoint`);
  if (latest.status !== 200)
    throw new Error(
      `${url}/log/checkpoint answered ${latest.status}: ${latest.text.slice(0, 200)}`,
    );
  const note = latest.text;
  let checkpoint: Checkpoint;
  let checkpointBody: string;
  try {
    checkpointBody = openNote(note, [verifier]).text;
    checkpoint = parseCheckpoint(checkpointBody);
  } catch (error) {
    if (error instanceof NoteError)
      return refuse(
        io,
        `the server's checkpoint does not verify with the log key: ${error.reason}`,
        undefined,
        note,
      );
    throw error;
  }

  const previousNote = existsSync(file('checkpoint'))
    ? readFileSync(file('checkpoint'), 'utf8')
    : undefined;
  if (previousNote !== undefined) {
    const previous = parseCheckpoint(openNote(previousNote, [verifier]).text);
    if (previous.origin !== checkpoint.origin)
      return refuse(
        io,
        `the origin changed from "${previous.origin}" to "${checkpoint.origin}"`,
        previousNote,
        note,
      );
    if (checkpoint.size < previous.size)
      return refuse(
        io,
        `truncation: the log now has ${checkpoint.size} events, fewer than the ${previous.size} this witness signed`,
        previousNote,
        note,
      );
    if (checkpoint.size === previous.size && !checkpoint.root.equals(previous.root))
      return refuse(io, `fork: two different trees of size ${checkpoint.size}`, previousNote, note);
    if (checkpoint.size > previous.size) {
      const proof = await get(
        `${url}/log/proof/consistency?from=${previous.size}&to=${checkpoint.size}`,
      );
      const hashes =
        proof.status === 200
          ? ((JSON.parse(proof.text) as { hashes: string[] }).hashes ?? []).map((h) =>
              Buffer.from(h, 'base64'),
            )
          : undefined;
      // The old root is the witness's own copy, never the server's word for it.
      if (
        !hashes ||
        !verifyConsistency(previous.size, checkpoint.size, hashes, previous.root, checkpoint.root)
      ) {
        return refuse(
          io,
          `fork or rewritten history: the tree of size ${checkpoint.size} does not extend the tree of size ${previous.size} this witness signed (${proof.status === 200 ? 'the consistency proof fails' : `no consistency proof: ${proof.status}`})`,
          previousNote,
          note,
        );
      }
    }
  }

  const line = cosigner.cosign(checkpointBody, Math.floor(now().getTime() / 1000));
  save(file('checkpoint'), note);
  let posted: Response;
  try {
    posted = await fetch(`${url}/log/cosignatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ size: checkpoint.size, cosignature: line }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new Error(
      `checkpoint of size ${checkpoint.size} accepted, but the cosignature could not be posted: ${(error as Error).message}`,
    );
  }
  if (!posted.ok) {
    const detail =
      ((await posted.json().catch(() => ({}))) as { detail?: string }).detail ?? posted.statusText;
    throw new Error(
      `checkpoint of size ${checkpoint.size} accepted, but the server refused the cosignature (${posted.status}): ${detail}; give it this witness's key: ${cosigner.key}`,
    );
  }
  io.out.write(
    `witness: accepted ${checkpoint.origin} at size ${checkpoint.size}${previousNote ? ' (consistent with the last accepted)' : ''}; cosigned as ${cosigner.key}\n`,
  );
  return 0;
}

function refuse(io: Io, reason: string, previous: string | undefined, current: string): number {
  io.out.write(`witness: REFUSED: ${reason}\n`);
  if (previous !== undefined)
    io.out.write(`\n--- last checkpoint this witness accepted ---\n${previous}`);
  io.out.write(`\n--- checkpoint the server presents now ---\n${current}`);
  return 1;
}
