import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TransparencyLog } from '@contract-ledger/application';
import {
  createMemoryEventStore,
  generateSignerKey,
  parseSignerKey,
  TILE_WIDTH,
  tileEntries,
  tilePath,
} from '@contract-ledger/event-store';

/**
 * Our transparency log checked by implementations nobody here wrote: Go's
 * golang.org/x/mod/sumdb/note and sumdb/tlog (main.go beside this file, modules from the Go
 * module proxy). The log crosses every tile level up to 2 (more than 65,536 leaves), so tiles of
 * three levels, full and partial, are compared.
 */
const SIZE = 66_000;
const EARLIER = 65_537;
const metadata = {
  actor: 'u',
  role: 'r',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-12-06T00:00:00.000Z',
};

describe('Go interop: sumdb/note and sumdb/tlog verify our checkpoints, proofs and tiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlog-interop-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('agrees with Go on every byte', async () => {
    const store = createMemoryEventStore();
    const origin = 'interop.contract-ledger.test/log';
    const log = new TransparencyLog(store, origin, parseSignerKey(generateSignerKey(origin)));
    for (let at = 0; at < SIZE; at += 2_000) {
      const upTo = at < EARLIER && at + 2_000 > EARLIER ? EARLIER : Math.min(SIZE, at + 2_000);
      await store.append(
        `s-${at}`,
        Array.from({ length: upTo - at }, (_, n) => ({ type: 'A', data: { n: at + n }, metadata })),
        { expectedRevision: 'no_stream' },
      );
      if (upTo === EARLIER) {
        await log.checkpoint();
        await store.append(
          `t-${at}`,
          Array.from({ length: at + 2_000 - EARLIER }, (_, n) => ({
            type: 'A',
            data: { n },
            metadata,
          })),
          { expectedRevision: 'no_stream' },
        );
      }
    }
    expect(await log.merkle.size()).toBe(SIZE);
    const earlier = (await log.at(EARLIER))!;
    const latest = await log.checkpoint();
    const events = await store.readAll();
    const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
    const indexes = [
      0,
      1,
      2,
      254,
      255,
      256,
      257,
      511,
      512,
      65_535,
      65_536,
      EARLIER - 1,
      SIZE - 2,
      SIZE - 1,
    ];
    for (let i = 3; i < SIZE; i += 997) indexes.push(i);
    const tiles: { path: string; data: string }[] = [];
    for (let level = 0; tileEntries(SIZE, level) > 0; level++) {
      const entries = tileEntries(SIZE, level);
      for (let index = 0; index * TILE_WIDTH < entries; index++) {
        const width = Math.min(TILE_WIDTH, entries - index * TILE_WIDTH);
        tiles.push({
          path: tilePath(level, index, width),
          data: b64((await log.merkle.tile(level, index, width))!),
        });
      }
    }
    const fixture = {
      verifierKey: (await log.keys())[0]!.key,
      origin,
      checkpoint: latest.note,
      earlierCheckpoint: earlier.note,
      chainHashes: events.map((e) => e.hash),
      leaves: await Promise.all(
        indexes.map(async (index) => ({
          index,
          proof: (await log.merkle.inclusionProof(index, SIZE)).map(b64),
        })),
      ),
      consistency: (await log.merkle.consistencyProof(EARLIER, SIZE)).map(b64),
      emptyRoot: b64(await log.merkle.root(0)),
      tiles,
    };
    const file = path.join(dir, 'fixture.json');
    writeFileSync(file, JSON.stringify(fixture));

    const go = spawnSync('go', ['run', '.', file], {
      cwd: __dirname,
      encoding: 'utf8',
      timeout: 280_000,
    });
    if (go.error)
      throw new Error(`cannot run go (is Go installed and on PATH?): ${go.error.message}`);
    expect({
      status: go.status,
      stderr: go.stderr
        .split('\n')
        .filter((l) => l.startsWith('MISMATCH') || /error|cannot/i.test(l)),
    }).toEqual({ status: 0, stderr: [] });
    expect(go.stdout).toContain(`ok signature: checkpoint of size ${SIZE}`);
    expect(go.stdout).toContain(`ok inclusion: ${indexes.length} proofs`);
    expect(go.stdout).toContain(`ok consistency: ${EARLIER} -> ${SIZE}`);
    // The empty tree: SHA-256 of the empty string (RFC 6962 §2.1) in Go's tlog and in ours.
    expect(go.stdout).toContain(
      'ok empty tree: size 0 has root 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
    );
    expect(go.stdout).toContain(`ok tiles: ${tiles.length} tiles`);
    expect(tiles.map((t) => t.path)).toEqual(
      expect.arrayContaining([
        'tile/0/000',
        'tile/1/000',
        'tile/2/000.p/1',
        `tile/0/257.p/${SIZE % TILE_WIDTH}`,
      ]),
    );
  }, 300_000);

  it('and Go refuses what is wrong: a tampered checkpoint signature fails note.Open', () => {
    const origin = 'interop.contract-ledger.test/log';
    const signer = parseSignerKey(generateSignerKey(origin));
    const file = path.join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        verifierKey: signer.verifier.key,
        origin,
        checkpoint: `${origin}\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u2014 ${origin} AAAAAAAA\n`,
        earlierCheckpoint: '',
        chainHashes: [],
        leaves: [],
        consistency: [],
        tiles: [],
      }),
    );
    const go = spawnSync('go', ['run', '.', file], {
      cwd: __dirname,
      encoding: 'utf8',
      timeout: 280_000,
    });
    expect(go.status).toBe(1);
    expect(go.stderr).toMatch(/MISMATCH: checkpoint: note.Open/);
  }, 300_000);
});
