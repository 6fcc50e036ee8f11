import type { TransparencyLog } from '@contract-ledger/application';
import {
  generateCosignerKey,
  generateSignerKey,
  openNote,
  parseCosignerKey,
  parseNote,
  parseSignerKey,
  uuidv7,
  type EventStore,
} from '@contract-ledger/event-store';
import { EVENT_STORE } from '@contract-ledger/application';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app';
import { TRANSPARENCY_LOG } from '../src/transparency/log.controller';
import { ledgerWitness } from './support/witness';

const ORIGIN = 'witness-test.example/log';
const logSigner = generateSignerKey(ORIGIN);
const witnessKey = generateCosignerKey('audit-office.example');
const witness = parseCosignerKey(witnessKey);
const metadata = {
  actor: uuidv7(),
  role: 'agency_officer',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-03-02T09:00:00.000Z',
};

interface Server {
  app: NestFastifyApplication;
  url: string;
  grow(count: number, tag: string): Promise<void>;
}

/**
 * A ledger listening on a port, signing with the shared log key: a second one with other events
 * is what an insider who rewrote the database (and kept the key) would present.
 */
async function server(dataDir: string, env: Record<string, string> = {}): Promise<Server> {
  const { app } = await createApp({
    LEDGER_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    LEDGER_STORE: 'memory',
    LEDGER_LOG_ORIGIN: ORIGIN,
    LEDGER_CHECKPOINT_KEY: logSigner,
    LEDGER_CHECKPOINT_EVERY_EVENTS: '0',
    LEDGER_CHECKPOINT_EVERY_SECONDS: '0',
    LEDGER_WITNESS_KEYS: witness.key,
    ...env,
  });
  await app.listen(0, '127.0.0.1');
  const store = app.get<EventStore>(EVENT_STORE);
  const log = app.get<TransparencyLog>(TRANSPARENCY_LOG);
  return {
    app,
    url: await app.getUrl(),
    grow: async (count, tag) => {
      await store.append(
        `probe-${uuidv7()}`,
        Array.from({ length: count }, (_, n) => ({ type: 'Probed', data: { tag, n }, metadata })),
        { expectedRevision: 'no_stream' },
      );
      await log.checkpoint();
    },
  };
}

describe('ledger witness against running servers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'witness-'));
  const state = path.join(dir, 'state');
  const servers: Server[] = [];
  let honest: Server;
  beforeAll(async () => {
    mkdirSync(state);
    writeFileSync(path.join(state, 'witness-key'), `${witnessKey}\n`, { mode: 0o600 });
    honest = await server(path.join(dir, 'a'));
    servers.push(honest);
  }, 60_000);
  afterAll(async () => {
    for (const s of servers) await s.app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('cosigns a checkpoint, then a later one that extends it; the server serves the cosignature beside the checkpoint', async () => {
    await honest.grow(10, 'a');
    const first = await ledgerWitness(honest.url, state);
    expect(first).toEqual({
      code: 0,
      out: expect.stringContaining(`witness: accepted ${ORIGIN} at size 10;`),
    });
    const served = await (await fetch(`${honest.url}/log/checkpoint`)).text();
    const { signatures } = parseNote(served);
    expect(signatures.map((s) => s.name)).toEqual([ORIGIN, 'audit-office.example']);
    // Tools that do not know the witness still verify the log's own signature.
    expect(openNote(served, [parseSignerKey(logSigner).verifier]).verifiedBy).toHaveLength(1);

    const listed = (await (await fetch(`${honest.url}/log/checkpoints`)).json()) as {
      items: { size: number; witnessedBy: string[] }[];
    };
    expect(listed.items).toEqual([
      expect.objectContaining({ size: 10, witnessedBy: [witness.key] }),
    ]);
    await honest.grow(5, 'a');
    expect(await ledgerWitness(honest.url, state)).toEqual({
      code: 0,
      out: expect.stringContaining('at size 15 (consistent with the last accepted)'),
    });
  }, 120_000);

  it('with LEDGER_WITNESS_REQUIRED=1 a checkpoint is final only once the witness cosigned it', async () => {
    const strict = await server(path.join(dir, 'strict'), { LEDGER_WITNESS_REQUIRED: '1' });
    servers.push(strict);
    await strict.grow(7, 's');
    const final = () => fetch(`${strict.url}/log/checkpoint/final`);
    const before = await final();
    expect(before.status).toBe(404);
    expect(((await before.json()) as { detail: string }).detail).toMatch(
      /No checkpoint is final yet: none carries 1 witness cosignature \(LEDGER_WITNESS_REQUIRED\)/,
    );
    // Witnesses still fetch the latest signed checkpoint to cosign it.
    const latest = await (await fetch(`${strict.url}/log/checkpoint`)).text();
    const list = async () =>
      (
        (await (await fetch(`${strict.url}/log/checkpoints`)).json()) as {
          items: { size: number; final: boolean }[];
        }
      ).items;
    expect(await list()).toEqual([expect.objectContaining({ size: 7, final: false })]);
    const strictState = path.join(dir, 'strict-state');
    mkdirSync(strictState);
    writeFileSync(path.join(strictState, 'witness-key'), `${witnessKey}\n`, { mode: 0o600 });
    expect((await ledgerWitness(strict.url, strictState)).code).toBe(0);
    const after = await final();
    expect(after.status).toBe(200);
    const note = await after.text();
    expect(note.startsWith(latest.slice(0, latest.lastIndexOf('\n\n')))).toBe(true);
    expect(parseNote(note).signatures.map((s) => s.name)).toEqual([ORIGIN, 'audit-office.example']);
    expect(await list()).toEqual([expect.objectContaining({ size: 7, final: true })]);
    // A newer checkpoint is not final until cosigned: the final one stays at 7.
    await strict.grow(3, 's');
    expect(await (await final()).text()).toBe(note);
    expect((await list()).map((c) => [c.size, c.final])).toEqual([
      [7, true],
      [10, false],
    ]);
  }, 120_000);

  it('refuses a fork (another history under the same key) and shows both checkpoints', async () => {
    const forked = await server(path.join(dir, 'b'));
    servers.push(forked);
    await forked.grow(20, 'b');
    const result = await ledgerWitness(forked.url, state);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /REFUSED: fork or rewritten history: the tree of size 20 does not extend the tree of size 15/,
    );
    expect(result.out).toMatch(
      new RegExp(`last checkpoint this witness accepted ---\\n${ORIGIN}\\n15\\n`),
    );
    expect(result.out).toMatch(
      new RegExp(`checkpoint the server presents now ---\\n${ORIGIN}\\n20\\n`),
    );
  }, 120_000);

  it('refuses a truncated log', async () => {
    const truncated = await server(path.join(dir, 'c'));
    servers.push(truncated);
    await truncated.grow(12, 'a');
    const result = await ledgerWitness(truncated.url, state);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /REFUSED: truncation: the log now has 12 events, fewer than the 15 this witness signed/,
    );
  }, 120_000);

  it('the server refuses a witness it was not told about', async () => {
    const stranger = path.join(dir, 'stranger');
    const result = await ledgerWitness(honest.url, stranger);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/the server refused the cosignature \(403\)/);
    const bad = await fetch(`${honest.url}/log/cosignatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ size: 15, cosignature: '\u2014 audit-office.example AAAA' }),
    });
    expect(bad.status).toBe(400);
    const missing = await fetch(`${honest.url}/log/cosignatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ size: 14, cosignature: witness.cosign('x\n', 1) }),
    });
    expect(missing.status).toBe(404);
  }, 120_000);
});
