import Database from 'better-sqlite3';
import { generateSignerKey, parseSignerKey, signNote } from '@contract-ledger/event-store';
import path from 'node:path';
import { actors, CNY, expectProblem, startLedger, type LedgerApp } from './support/ledger';

// GET /api/v1/audit/verify runs the checks of `ledger verify`: what the chain cannot show (a tail
// rewritten with recomputed hashes, events the tree never took) the tree and the checkpoints do,
// and the log key signs no checkpoint over such a log.
describe('audit verify and checkpoints on a damaged log (SQLite)', () => {
  let ledger: LedgerApp;
  let a: ReturnType<typeof actors>;
  const http = () => ledger.http();
  /** The data of position 2 before a test damaged it. */
  let original = '';

  beforeAll(async () => {
    ledger = await startLedger({ env: { LEDGER_STORE: 'sqlite' } });
    a = actors(ledger);
    for (const category of ['child_welfare', 'elderly_care', 'training'])
      await http()
        .post('/api/v1/budget-lines')
        .set('Authorization', a.financeA)
        .send({ fiscalYear: 2026, category, amount: CNY(300_000_000) })
        .expect(201);
  });
  afterAll(() => ledger.close());

  it('reports the tree and checkpoints it checked, then the break the chain cannot see', async () => {
    await http().post('/api/v1/log/checkpoints').set('Authorization', a.supervisor).expect(201);
    const head = (await ledger.store.head()).position;
    const whole = await http().get('/api/v1/audit/verify').set('Authorization', a.auditor);
    expect(whole.body).toMatchObject({
      ok: true,
      checked: head,
      tree: { checkpoints: 1, coveredTo: head },
    });

    // The tree's record of its last leaf no longer matches the last event: a rewritten tail.
    let hash = '';
    const db = new Database(path.join(ledger.dataDir, 'ledger.sqlite'));
    try {
      hash = db.prepare('SELECT hash FROM merkle_head').pluck().get() as string;
      db.prepare('UPDATE merkle_head SET hash = ?').run(
        `${hash[0] === '0' ? '1' : '0'}${hash.slice(1)}`,
      );
    } finally {
      db.close();
    }
    const broken = await http().get('/api/v1/audit/verify').set('Authorization', a.auditor);
    expect(broken.body).toMatchObject({ ok: false, code: 'TREE_LEAF_MISMATCH', checked: head });

    // Not even the latest checkpoint is handed out as if freshly taken over this log.
    const signing = await http().post('/api/v1/log/checkpoints').set('Authorization', a.supervisor);
    expectProblem(signing, 500, 'CORRUPT_EVENT');
    expect(signing.body.detail).toMatch(/nothing is appended or signed/);

    const repair = new Database(path.join(ledger.dataDir, 'ledger.sqlite'));
    repair.prepare('UPDATE merkle_head SET hash = ?').run(hash);
    repair.close();
  });

  it('answers a bundle of a log with a damaged row with a problem naming it, not a cut stream', async () => {
    const db = new Database(path.join(ledger.dataDir, 'ledger.sqlite'));
    try {
      db.exec('DROP TRIGGER IF EXISTS events_no_update');
      original = db.prepare('SELECT data FROM events WHERE position = 2').pluck().get() as string;
      db.prepare(`UPDATE events SET data = '{"x":1}' WHERE position = 2`).run();
    } finally {
      db.close();
    }
    const res = await http().get('/api/v1/audit/bundle').set('Authorization', a.auditor);
    expectProblem(res, 500, 'CORRUPT_EVENT');
    expect(res.body.detail).toMatch(/position 2\b/);
    const range = await http()
      .get('/api/v1/audit/bundle?from=1&to=3')
      .set('Authorization', a.auditor);
    expectProblem(range, 500, 'CORRUPT_EVENT');
  });

  it('answers a bundle of a log whose checkpoint rows were altered with a problem, like verify', async () => {
    const file = path.join(ledger.dataDir, 'ledger.sqlite');
    const repair = new Database(file);
    repair.exec('DROP TRIGGER IF EXISTS events_no_update');
    // Undo the previous test's damage first: this one is about the checkpoint rows alone.
    repair.prepare(`UPDATE events SET data = ? WHERE position = 2`).run(original);
    repair.close();
    expect(
      (await http().get('/api/v1/audit/verify').set('Authorization', a.auditor)).body,
    ).toMatchObject({ ok: true });
    const db = new Database(file);
    const size = db.prepare('SELECT max(size) FROM checkpoints').pluck().get() as number;
    db.prepare('UPDATE checkpoints SET size = ? WHERE size = ?').run(size + 100, size);
    db.close();
    const verify = await http().get('/api/v1/audit/verify').set('Authorization', a.auditor);
    expect(verify.body).toMatchObject({ ok: false, code: 'CHECKPOINT_MISMATCH' });
    const bundle = await http().get('/api/v1/audit/bundle').set('Authorization', a.auditor);
    expectProblem(bundle, 500, 'CORRUPT_EVENT');
    expect(bundle.body.detail).toMatch(/CHECKPOINT_MISMATCH|latest stored checkpoint/);
    // Nor is a new checkpoint signed on top of them.
    const signing = await http().post('/api/v1/log/checkpoints').set('Authorization', a.supervisor);
    expectProblem(signing, 500, 'CORRUPT_EVENT');
    expect(signing.body.detail).toMatch(/latest stored checkpoint is filed as size/);
  });

  it('signs nothing after a checkpoint re-signed under another key, and says the keys interleave', async () => {
    const file = path.join(ledger.dataDir, 'ledger.sqlite');
    // A clean log again, signed up to its head by the configured key.
    const repair = new Database(file);
    const size = repair.prepare('SELECT max(size) FROM checkpoints').pluck().get() as number;
    repair.prepare('UPDATE checkpoints SET size = ? WHERE size = ?').run(size - 100, size);
    repair.close();
    await http()
      .post('/api/v1/budget-lines')
      .set('Authorization', a.financeA)
      .send({ fiscalYear: 2028, category: 'training', amount: CNY(1_000) })
      .expect(201);
    await http().post('/api/v1/log/checkpoints').set('Authorization', a.supervisor).expect(201);
    // The latest checkpoint re-signed, and its key column replaced, by a key that is not the log's.
    const foreign = parseSignerKey(generateSignerKey('contract-ledger.local/log'));
    const db = new Database(file);
    const latest = db
      .prepare('SELECT size, note FROM checkpoints ORDER BY size DESC LIMIT 1')
      .get() as {
      size: number;
      note: string;
    };
    const text = latest.note.slice(0, latest.note.lastIndexOf('\n\n') + 1);
    db.prepare('UPDATE checkpoints SET note = ?, key = ? WHERE size = ?').run(
      signNote(text, [foreign]),
      foreign.verifier.key,
      latest.size,
    );
    db.close();
    const signing = await http().post('/api/v1/log/checkpoints').set('Authorization', a.supervisor);
    expectProblem(signing, 500, 'CORRUPT_EVENT');
    expect(signing.body.detail).toMatch(/keys interleave/);
  });
});
