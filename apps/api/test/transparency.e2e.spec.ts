import {
  eventLeafHash,
  openNote,
  parseCheckpoint,
  parseVerifierKey,
  TILE_WIDTH,
  uuidv7,
  verifyConsistency,
  verifyInclusion,
} from '@contract-ledger/event-store';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { actors, expectProblem, startLedger, type LedgerApp } from './support/ledger';

const metadata = {
  actor: uuidv7(),
  role: 'agency_officer',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-03-02T09:00:00.000Z',
};
const b = (text: string): Buffer => Buffer.from(text, 'base64');

describe('transparency log routes (/log, C2SP)', () => {
  let ledger: LedgerApp;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  const append = async (count: number) => {
    for (let i = 0; i < count; i += 50) {
      await ledger.store.append(
        `probe-${uuidv7()}`,
        Array.from({ length: Math.min(50, count - i) }, (_, n) => ({
          type: 'Probed',
          data: { n },
          metadata,
        })),
        {
          expectedRevision: 'no_stream',
        },
      );
    }
  };

  it('has no checkpoint before one is taken; oversight takes one on demand, signed by the published key', async () => {
    expectProblem(await ledger.http().get('/log/checkpoint'), 404, 'NOT_FOUND');
    await append(300);
    const supervisor = ledger.bearer({ sub: uuidv7(), role: 'supervisor' });
    const taken = await ledger
      .http()
      .post('/api/v1/log/checkpoints')
      .set('Authorization', supervisor)
      .expect(201);
    expect(taken.body).toMatchObject({ size: 300 });
    const note = (
      await ledger
        .http()
        .get('/log/checkpoint')
        .expect(200)
        .expect('content-type', /text\/plain/)
    ).text;
    expect(note).toBe(taken.body.note);
    const keys = (await ledger.http().get('/log/keys').expect(200)).body;
    expect(keys.keys).toEqual([
      expect.objectContaining({ current: true, validFromSize: 300, validUntilSize: null }),
    ]);
    const { text } = openNote(note, [parseVerifierKey(keys.keys[0].key)]);
    const checkpoint = parseCheckpoint(text);
    expect(checkpoint).toMatchObject({ origin: keys.origin, size: 300 });
    expect((await ledger.http().get('/log/checkpoints/300').expect(200)).text).toBe(note);
    expect(
      (await ledger.http().get('/log/checkpoints?fromSize=0').expect(200)).body.items.map(
        (c: { size: number }) => c.size,
      ),
    ).toEqual([300]);
    // Taking one again with nothing new returns the same checkpoint.
    expect(
      (
        await ledger
          .http()
          .post('/api/v1/log/checkpoints')
          .set('Authorization', supervisor)
          .expect(201)
      ).body.note,
    ).toBe(note);
  });

  it('serves inclusion and consistency proofs that verify against the signed roots', async () => {
    const latest = parseCheckpoint(
      openNote((await ledger.http().get('/log/checkpoint')).text, [
        parseVerifierKey((await ledger.http().get('/log/keys')).body.keys[0].key),
      ]).text,
    );
    for (const position of [1, 77, 256, 257, 300]) {
      const proof = (
        await ledger.http().get(`/log/proof/inclusion?position=${position}`).expect(200)
      ).body;
      const [event] = await ledger.store.readAll({ fromPosition: position, toPosition: position });
      expect(proof).toMatchObject({
        position,
        leafIndex: position - 1,
        treeSize: latest.size,
        eventHash: event!.hash,
      });
      expect(b(proof.leafHash)).toEqual(eventLeafHash(event!.hash));
      expect(
        verifyInclusion(
          b(proof.leafHash),
          position - 1,
          latest.size,
          proof.hashes.map(b),
          latest.root,
        ),
      ).toBe(true);
    }
    await append(20);
    const c = (await ledger.http().get('/log/proof/consistency?from=300&to=320').expect(200)).body;
    expect(b(c.fromRoot)).toEqual(latest.root);
    expect(verifyConsistency(300, 320, c.hashes.map(b), latest.root, b(c.toRoot))).toBe(true);
    const at = (await ledger.http().get('/log/proof/inclusion?position=310&size=320').expect(200))
      .body;
    expect(verifyInclusion(b(at.leafHash), 309, 320, at.hashes.map(b), b(c.toRoot))).toBe(true);
    expect(at.checkpoint).toBeNull();
  });

  it('serves tiles at C2SP paths: full, partial, and 404 beyond the tree', async () => {
    const full = await ledger
      .http()
      .get('/log/tile/0/000')
      .buffer(true)
      .expect(200)
      .expect('content-type', 'application/octet-stream');
    expect(full.body.length).toBe(TILE_WIDTH * 32);
    const events = await ledger.store.readAll({ toPosition: TILE_WIDTH });
    expect(full.body).toEqual(Buffer.concat(events.map((e) => eventLeafHash(e.hash))));
    const partial = await ledger.http().get('/log/tile/0/001.p/64').buffer(true).expect(200);
    expect(partial.body.length).toBe(64 * 32);
    expect(
      (await ledger.http().get('/log/tile/1/000.p/1').buffer(true).expect(200)).body.length,
    ).toBe(32);
    for (const path of [
      '/log/tile/0/001',
      '/log/tile/0/001.p/65',
      '/log/tile/0/001.p/0',
      '/log/tile/0/1',
      // Other spellings of tiles that exist: one path per tile.
      '/log/tile/0/x000/000',
      '/log/tile/00/000',
      '/log/tile/0/001.p/064',
      '/log/tile/2/000.p/1',
      '/log/tile/entries/000',
    ]) {
      expectProblem(await ledger.http().get(path), 404, 'NOT_FOUND');
    }
  });

  it('answers sizes beyond the tree, negative and non-numeric indexes with 400 problems', async () => {
    expectProblem(
      await ledger.http().get('/log/proof/inclusion?position=1&size=100000'),
      400,
      'TREE_RANGE',
    );
    expectProblem(
      await ledger.http().get('/log/proof/inclusion?position=400&size=320'),
      400,
      'TREE_RANGE',
    );
    expectProblem(
      await ledger.http().get('/log/proof/consistency?from=10&to=100000'),
      400,
      'TREE_RANGE',
    );
    expectProblem(
      await ledger.http().get('/log/proof/consistency?from=30&to=20'),
      400,
      'TREE_RANGE',
    );
    for (const query of [
      'position=-1',
      'position=abc',
      'position=0',
      'position=1&size=-5',
      'position=1&size=1e3',
      '',
    ]) {
      expectProblem(
        await ledger.http().get(`/log/proof/inclusion?${query}`),
        400,
        'VALIDATION_FAILED',
      );
    }
    expectProblem(
      await ledger.http().get('/log/proof/consistency?from=x&to=3'),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await ledger.http().get('/log/checkpoints/abc'), 400, 'VALIDATION_FAILED');
    expectProblem(await ledger.http().get('/log/checkpoints/7'), 404, 'NOT_FOUND');
    expectProblem(await ledger.http().get('/log/checkpoints?limit=0'), 400, 'VALIDATION_FAILED');
    // The rest of the list, each a problem and never a 500.
    const head = (await ledger.store.head()).position;
    expectProblem(
      await ledger.http().get(`/log/proof/inclusion?position=${head + 1}&size=${head}`),
      400,
      'TREE_RANGE',
    );
    expectProblem(
      await ledger.http().get(`/log/proof/inclusion?position=${head + 1000}`),
      400,
      'TREE_RANGE',
    );
    expectProblem(
      await ledger.http().get('/log/proof/inclusion?position=1&size=0'),
      400,
      'TREE_RANGE',
    );
    expectProblem(
      await ledger.http().get('/log/proof/consistency?from=0&to=99999999999999999'),
      400,
      'VALIDATION_FAILED',
    );
    for (const query of [
      'position=1.5',
      'position=%2B1',
      'position=%201',
      'position=0x10',
      'position=1&position=2',
      'position=99999999999999999',
      'position=1&size=',
    ])
      expectProblem(
        await ledger.http().get(`/log/proof/inclusion?${query}`),
        400,
        'VALIDATION_FAILED',
      );
    for (const query of ['from=-1&to=3', 'from=1&to=-3', 'from=1', 'to=3', 'from=1&to=1e2'])
      expectProblem(
        await ledger.http().get(`/log/proof/consistency?${query}`),
        400,
        'VALIDATION_FAILED',
      );
    expectProblem(await ledger.http().get('/log/checkpoints/-1'), 400, 'VALIDATION_FAILED');
    expectProblem(
      await ledger.http().get('/log/checkpoints?fromSize=-1'),
      400,
      'VALIDATION_FAILED',
    );
    for (const tile of ['tile/-1/000', 'tile/0/abc', 'tile/0/x-01/000', 'tile/0/000.p/0'])
      expectProblem(await ledger.http().get(`/log/${tile}`), 404, 'NOT_FOUND');
    for (const body of [
      { size: -1, cosignature: 'x' },
      { size: 'abc', cosignature: 'x' },
      { size: 1 },
    ])
      expectProblem(
        await ledger.http().post('/log/cosignatures').send(body),
        400,
        'VALIDATION_FAILED',
      );
    expectProblem(
      await ledger
        .http()
        .post('/log/cosignatures')
        .send({ size: head + 1000, cosignature: 'x' }),
      404,
      'NOT_FOUND',
    );
  });

  it("a command's receipt proves its event against checkpoints taken later", async () => {
    const { financeA } = actors(ledger);
    const opened = await ledger
      .http()
      .post('/api/v1/budget-lines')
      .set('Authorization', financeA)
      .send({
        fiscalYear: 2026,
        category: 'child_welfare',
        amount: { amountMinor: 1_000_000, currency: 'CNY' },
      })
      .expect(201);
    const [receipt] = opened.body.receipt.events as {
      position: number;
      eventHash: string;
      leafHash: string;
    }[];
    expect(receipt!.position).toBe(opened.body.position);
    await append(40);
    const supervisor = ledger.bearer({ sub: uuidv7(), role: 'supervisor' });
    const key = parseVerifierKey((await ledger.http().get('/log/keys')).body.keys[0].key);
    // Two later checkpoints: the receipt alone (no event read) proves inclusion in each.
    for (const more of [0, 300]) {
      await append(more);
      const note = (
        await ledger
          .http()
          .post('/api/v1/log/checkpoints')
          .set('Authorization', supervisor)
          .expect(201)
      ).body.note as string;
      const checkpoint = parseCheckpoint(openNote(note, [key]).text);
      expect(checkpoint.size).toBeGreaterThan(receipt!.position);
      const proof = (
        await ledger
          .http()
          .get(`/log/proof/inclusion?position=${receipt!.position}&size=${checkpoint.size}`)
          .expect(200)
      ).body;
      expect(proof.checkpoint).toBe(note);
      const leaf = b(receipt!.leafHash);
      expect(leaf).toEqual(eventLeafHash(receipt!.eventHash));
      expect(
        verifyInclusion(
          leaf,
          receipt!.position - 1,
          checkpoint.size,
          proof.hashes.map(b),
          checkpoint.root,
        ),
      ).toBe(true);
      // A receipt for another event (one bit off) does not verify against the same proof.
      leaf[0] ^= 1;
      expect(
        verifyInclusion(
          leaf,
          receipt!.position - 1,
          checkpoint.size,
          proof.hashes.map(b),
          checkpoint.root,
        ),
      ).toBe(false);
    }
  });

  it('refuses the on-demand checkpoint to roles outside oversight', async () => {
    expectProblem(await ledger.http().post('/api/v1/log/checkpoints'), 401, 'UNAUTHENTICATED');
    const officer = ledger.bearer({ sub: uuidv7(), role: 'agency_officer', agencyId: uuidv7() });
    expectProblem(
      await ledger.http().post('/api/v1/log/checkpoints').set('Authorization', officer),
      403,
      'FORBIDDEN',
    );
  });

  it('serves the auditor an audit bundle the offline verifier accepts; nobody else gets one', async () => {
    const auditor = ledger.bearer({ sub: uuidv7(), role: 'auditor' });
    const res = await ledger
      .http()
      .get('/api/v1/audit/bundle?from=2&to=300')
      .set('Authorization', auditor)
      .expect(200)
      .expect('content-type', /application\/json/);
    const bundle = JSON.parse(res.text) as { scope: unknown; events: { position: number }[] };
    expect(bundle.scope).toEqual({ kind: 'range', from: 2, to: 300 });
    expect(bundle.events).toHaveLength(299);
    const dir = mkdtempSync(path.join(tmpdir(), 'auditor-'));
    try {
      writeFileSync(path.join(dir, 'bundle.json'), res.text);
      const verify = spawnSync(
        process.execPath,
        [path.resolve(__dirname, '../../cli/src/verifier/verify.mjs'), 'bundle.json'],
        { cwd: dir, encoding: 'utf8' },
      );
      expect(verify.stdout).toMatch(/^OK: 299 events \(range\)/);
      expect(verify.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const supervisor = ledger.bearer({ sub: uuidv7(), role: 'supervisor' });
    expectProblem(
      await ledger.http().get('/api/v1/audit/bundle').set('Authorization', supervisor),
      403,
      'FORBIDDEN',
    );
    expectProblem(await ledger.http().get('/api/v1/audit/bundle'), 401, 'UNAUTHENTICATED');
    expectProblem(
      await ledger
        .http()
        .get('/api/v1/audit/bundle?from=1&to=100000')
        .set('Authorization', auditor),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await ledger.http().get('/api/v1/audit/bundle?from=1').set('Authorization', auditor),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await ledger.http().get('/api/v1/audit/bundle?tenderId=nope').set('Authorization', auditor),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await ledger
        .http()
        .get(`/api/v1/audit/bundle?tenderId=${uuidv7()}`)
        .set('Authorization', auditor),
      400,
      'VALIDATION_FAILED',
    );
  });
});
