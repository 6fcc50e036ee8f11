import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import {
  chainHash,
  checkpointText,
  generateCosignerKey,
  generateSignerKey,
  parseCosignerKey,
  parseSignerKey,
  signNote,
} from '@contract-ledger/event-store';
import { appendInOrder } from '@contract-ledger/event-store/testing';
import { id, smallProgramme } from '@contract-ledger/projections/testing';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLedger } from '../test/ledger-process';

const root = path.resolve(__dirname, '../../..');

const ledger = (args: string[], dataDir: string, extraEnv: Record<string, string> = {}) =>
  runLedger(args, {
    env: {
      LEDGER_DATA_DIR: dataDir,
      LEDGER_STORE: 'sqlite',
      LEDGER_LOG_ORIGIN: 'ledger.example.gov/log',
      ...extraEnv,
    },
  });

interface BundleEvent {
  position: number;
  stream: string;
  revision: number;
  data: string;
  metadata: string;
  hash: string;
  prevHash: string;
  proof: string[];
}
interface Bundle {
  origin: string;
  scope: { kind: string; streams?: string[] };
  keys: { key: string; validFromSize: number; validUntilSize: number | null }[];
  witnesses: string[];
  requiredCosignatures: number;
  checkpoint: string;
  consistency: { checkpoint: string; proof: string[] }[];
  events: BundleEvent[];
}

/** `ledger export`, then the printed verifier run as an auditor would: a lone file in an empty directory. */
describe('ledger export and the offline verifier (separate processes)', () => {
  let dataDir: string;
  let auditorDir: string;
  let head = 0;
  const tender = id(100);

  /** node verify.mjs <bundle> with nothing but the file: no node_modules anywhere on its path, no NODE_PATH. */
  const verify = (bundle: unknown, name = 'bundle.json', options: string[] = []) => {
    writeFileSync(
      path.join(auditorDir, name),
      typeof bundle === 'string' ? bundle : JSON.stringify(bundle),
    );
    const { NODE_PATH: _ignored, ...env } = process.env;
    return spawnSync(process.execPath, ['verify.mjs', ...options, name], {
      cwd: auditorDir,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-export-'));
    auditorDir = mkdtempSync(path.join(tmpdir(), 'auditor-'));
    const store = await openSqliteEventStore({ path: path.join(dataDir, 'ledger.sqlite') });
    const world = smallProgramme(4);
    world.sign({
      contractId: id(500),
      tenderId: tender,
      agencyId: id(2),
      supplierId: id(12),
      budgetLineId: id(1),
      valueMinor: 900_002,
      signedAt: '2026-03-01T09:00:00.000Z',
      milestones: 2,
    });
    await appendInOrder(store, world.events);
    head = (await store.head()).position;
    await store.close();
    const printed = ledger(['verifier'], dataDir);
    expect(printed.status).toBe(0);
    writeFileSync(path.join(auditorDir, 'verify.mjs'), printed.stdout);
    expect(printed.stdout).toBe(readFileSync(path.join(__dirname, 'verifier/verify.mjs'), 'utf8'));
  }, 120_000);
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(auditorDir, { recursive: true, force: true });
  });

  const exported = (name: string, ...args: string[]): Bundle => {
    const file = path.join(dataDir, name);
    const result = ledger(['export', '--out', file, ...args], dataDir);
    expect({
      status: result.status,
      stderr: result.stderr.includes('ledger export:') ? result.stderr : '',
    }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/export: .* events\/s/);
    return JSON.parse(readFileSync(file, 'utf8')) as Bundle;
  };

  let whole: Bundle;
  let procurement: Bundle;

  it('exports the whole log, a range and one procurement, and each verifies offline', () => {
    whole = exported('whole.json');
    expect(whole.events.map((e) => e.position)).toEqual(
      Array.from({ length: head }, (_, i) => i + 1),
    );
    const ok = verify(whole);
    expect({ status: ok.status, out: ok.stdout }).toEqual({
      status: 0,
      out: expect.stringMatching(
        new RegExp(`^OK: ${head} events \\(log\\) verified .* at size ${head}`),
      ),
    });

    const range = exported('range.json', '--from', '5', '--to', '20');
    expect(range.events.map((e) => e.position)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 5),
    );
    expect(verify(range).status).toBe(0);

    procurement = exported('tender.json', '--tender', tender);
    expect(procurement.scope.streams).toContain(`tender-${tender}`);
    expect(procurement.scope.streams!.some((s) => s.startsWith('contract-'))).toBe(true);
    expect(procurement.events.every((e) => procurement.scope.streams!.includes(e.stream))).toBe(
      true,
    );
    const tenderOk = verify(procurement);
    expect(tenderOk.stdout).toMatch(/^OK: \d+ events \(procurement\)/);
    expect(tenderOk.status).toBe(0);
  }, 120_000);

  it('accepts the worked example of docs/audit-bundle.md, as its page shows it', () => {
    const page = readFileSync(path.join(root, 'docs/audit-bundle.md'), 'utf8');
    const shown =
      /\$ node verify\.mjs --key (\S+) \\\n\s+--witness (\S+) docs\/examples\/audit-bundle\.json\n(OK: .*)\n/.exec(
        page,
      );
    expect(shown).not.toBeNull();
    const [, key, witnessKey, output] = shown!;
    const result = verify(
      readFileSync(path.join(root, 'docs/examples/audit-bundle.json'), 'utf8'),
      'example.json',
      ['--key', key!, '--witness', witnessKey!],
    );
    expect(result.stdout).toBe(`${output}\n`);
    expect(result.status).toBe(0);
  });

  it('refuses bad arguments with exit 2 and writes nothing', () => {
    expect(ledger(['export'], dataDir).status).toBe(2);
    expect(
      ledger(['export', '--out', path.join(dataDir, 'x.json'), '--from', '5'], dataDir).status,
    ).toBe(2);
    expect(
      ledger(
        ['export', '--out', path.join(dataDir, 'x.json'), '--from', '1', '--to', String(head + 5)],
        dataDir,
      ).stderr,
    ).toMatch(/beyond the log/);
    expect(
      ledger(['export', '--out', path.join(dataDir, 'x.json'), '--tender', id(999)], dataDir)
        .stderr,
    ).toMatch(/no event of tender/);
    expect(ledger(['export', '--out', path.join(dataDir, 'whole.json')], dataDir).stderr).toMatch(
      /exists/,
    );
  }, 120_000);

  it('signs no checkpoint over an event added outside the store, and leaves no bundle', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'ledger-export-outside-'));
    try {
      cpSync(dataDir, copy, { recursive: true });
      const db = new Database(path.join(copy, 'ledger.sqlite'));
      const last = db.prepare('SELECT * FROM events ORDER BY position DESC LIMIT 1').get() as {
        position: number;
        stream: string;
        revision: number;
        type: string;
        schema_version: number;
        data: string;
        metadata: string;
        recorded_at: string;
        hash: string;
      };
      // A well-chained row the store never appended: the tree never took it.
      const forged = {
        ...last,
        position: last.position + 1,
        revision: last.revision + 1,
        event_id: '01900000-0000-7000-8000-000000000001',
        prev_hash: last.hash,
      };
      forged.hash = chainHash(last.hash, {
        position: forged.position,
        stream: forged.stream,
        revision: forged.revision,
        eventId: forged.event_id,
        type: forged.type,
        schemaVersion: forged.schema_version,
        data: forged.data,
        metadata: forged.metadata,
        recordedAt: forged.recorded_at,
      });
      db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
      db.prepare(
        'INSERT INTO events (position, stream, revision, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash) VALUES (@position, @stream, @revision, @event_id, @type, @schema_version, @data, @metadata, @recorded_at, @prev_hash, @hash)',
      ).run(forged);
      const signedBefore = db.prepare('SELECT max(size) FROM checkpoints').pluck().get();
      db.close();

      const out = path.join(copy, 'forged.json');
      const result = ledger(['export', '--out', out], copy);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(`position ${forged.position}.*nothing is appended or signed`),
      );
      expect(existsSync(out)).toBe(false);
      const after = new Database(path.join(copy, 'ledger.sqlite'), { readonly: true });
      expect(after.prepare('SELECT max(size) FROM checkpoints').pluck().get()).toBe(signedBefore);
      after.close();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);

  // Later: the log grew and a witness cosigned; the bundle proves the new tree extends the old one.
  let grown: Bundle;
  const witness = parseCosignerKey(generateCosignerKey('audit-office.example'));
  const witnessEnv = { LEDGER_WITNESS_KEYS: witness.key, LEDGER_WITNESS_REQUIRED: '1' };
  const sinceFile = (note: string, name = 'since.txt') => {
    writeFileSync(path.join(auditorDir, name), note);
    return name;
  };

  it('carries consistency proofs from every earlier checkpoint and the cosignatures LEDGER_WITNESS_REQUIRED asks for', async () => {
    const store = await openSqliteEventStore({ path: path.join(dataDir, 'ledger.sqlite') });
    await store.append(
      `probe-${id(900)}`,
      Array.from({ length: 5 }, (_, n) => ({
        type: 'Probed',
        data: { n },
        metadata: {
          actor: id(1),
          role: 'system',
          correlationId: 'c',
          commandId: `k-${n}`,
          occurredAt: '2026-04-01T09:00:00.000Z',
        },
      })),
      { expectedRevision: 'no_stream' },
    );
    await store.close();
    // One witness required: the export signs a checkpoint of the grown log, but none is final yet.
    const refused = ledger(['export', '--out', path.join(dataDir, 'x.json')], dataDir, witnessEnv);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/no checkpoint is final yet/);
    // The witness cosigns the new checkpoint (as POST /log/cosignatures stores it).
    const reopened = await openSqliteEventStore({ path: path.join(dataDir, 'ledger.sqlite') });
    const latest = (await reopened.latestCheckpoint())!;
    expect(latest.size).toBe(head + 5);
    const text = latest.note.slice(0, latest.note.lastIndexOf('\n\n') + 1);
    await reopened.addCosignature(latest.size, witness.cosign(text, 1_780_000_000));
    await reopened.close();

    const file = path.join(dataDir, 'grown.json');
    const result = ledger(['export', '--out', file], dataDir, witnessEnv);
    expect(result.status).toBe(0);
    grown = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
    expect(grown.witnesses).toEqual([witness.key]);
    expect(grown.requiredCosignatures).toBe(1);
    expect(grown.consistency.map((c) => c.checkpoint)).toEqual([whole.checkpoint]);
    const ok = verify(grown, 'grown.json', [
      '--witness',
      witness.key,
      '--since',
      sinceFile(whole.checkpoint),
    ]);
    expect({ status: ok.status, out: ok.stdout }).toEqual({
      status: 0,
      out: expect.stringMatching(
        new RegExp(
          `^OK: ${head + 5} events \\(log\\) .* at size ${head + 5}, .*; cosigned by audit-office\\.example\\+.*; consistent with 1 earlier checkpoint\\(s\\); extends your checkpoint of size ${head}; log key taken from the bundle itself \\(name the one you trust with --key\\)\n$`,
        ),
      ),
    });
  }, 120_000);

  const forged = (size: number, fill: number) => {
    // The log's own key (an insider rewriting history can sign anything): a root of another tree.
    const signer = parseSignerKey(
      readFileSync(path.join(dataDir, 'checkpoint-key'), 'utf8').trim(),
    );
    return signNote(
      checkpointText({ origin: 'ledger.example.gov/log', size, root: Buffer.alloc(32, fill) }),
      [signer],
    );
  };
  const grownCases: [string, () => [Bundle | string, string[]], RegExp][] = [
    [
      'a byte in a consistency proof',
      () => {
        const b = clone(grown);
        b.consistency[0]!.proof[0] = flip(b.consistency[0]!.proof[0]!, 3);
        return [b, []];
      },
      /^FAIL consistency 1 \(size \d+\): the tree of size \d+ does not extend the signed tree/,
    ],
    [
      'an earlier checkpoint with a rewritten root, re-signed by the log key',
      () => {
        const b = clone(grown);
        b.consistency[0]!.checkpoint = forged(head, 7);
        return [b, []];
      },
      /^FAIL consistency 1 \(size \d+\): the tree of size \d+ does not extend/,
    ],
    [
      'your checkpoint forked from the bundle (same size, another root)',
      () => [grown, ['--since', sinceFile(forged(head + 5, 9), 'fork.txt')]],
      /^FAIL since: two different signed roots for size \d+: a fork/,
    ],
    [
      'your checkpoint of a history the bundle does not extend',
      () => [grown, ['--since', sinceFile(forged(head, 9), 'rewritten.txt')]],
      /^FAIL since: the bundle's tree of size \d+ does not extend your signed tree/,
    ],
    [
      'your checkpoint beyond the bundle (a truncated log)',
      () => [whole, ['--since', sinceFile(grown.checkpoint, 'later.txt')]],
      /^FAIL since: your checkpoint has \d+ events, the bundle's only \d+: a truncated log/,
    ],
    [
      'your checkpoint at a size the bundle has no proof from',
      () => [grown, ['--since', sinceFile(forged(head + 2, 9), 'unlisted.txt')]],
      /^FAIL since: the bundle carries no consistency proof from size \d+/,
    ],
    [
      'a cosignature altered',
      () => {
        const b = clone(grown);
        const split = b.checkpoint.lastIndexOf('\n', b.checkpoint.length - 2);
        b.checkpoint = flip(b.checkpoint, split + 40);
        return [b, ['--witness', witness.key]];
      },
      /^FAIL checkpoint: the cosignature by witness audit-office\.example\+.* does not verify/,
    ],
    [
      'the required cosignature stripped',
      () => {
        const b = clone(grown);
        b.checkpoint = b.checkpoint.slice(
          0,
          b.checkpoint.lastIndexOf('\n', b.checkpoint.length - 2) + 1,
        );
        return [b, []];
      },
      /^FAIL checkpoint: the log requires 1 witness cosignature\(s\) and the checkpoint carries 0/,
    ],
    [
      'a witness you trust that did not cosign',
      () => [
        grown,
        ['--witness', parseCosignerKey(generateCosignerKey('other-office.example')).key],
      ],
      /^FAIL checkpoint: 0 of the witnesses you named cosigned it; you asked for at least 1/,
    ],
  ];
  it.each(grownCases)('detects %s', (_name, tamper, expected) => {
    const [bundle, options] = tamper();
    const result = verify(bundle, 'tampered.json', options);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(expected);
  });

  // The tamper matrix: each change names the right item and never exits 0.
  const clone = (b: Bundle): Bundle => JSON.parse(JSON.stringify(b)) as Bundle;
  const flip = (text: string, at: number) =>
    text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
  const cases: [string, () => Bundle | string, RegExp][] = [
    [
      'a byte in an event’s data',
      () => {
        const b = clone(whole);
        b.events[6]!.data = b.events[6]!.data.replace(/\d/, (d) => String((Number(d) + 1) % 10));
        return b;
      },
      /^FAIL event 7 \(position 7\): its fields do not hash/,
    ],
    [
      'a byte in an event’s metadata',
      () => {
        const b = clone(whole);
        b.events[3]!.metadata = b.events[3]!.metadata.replace('"', '" ');
        return b;
      },
      /^FAIL event 4 \(position 4\): its fields do not hash/,
    ],
    [
      'a byte in a proof',
      () => {
        const b = clone(whole);
        b.events[9]!.proof[0] = flip(b.events[9]!.proof[0]!, 5);
        return b;
      },
      /^FAIL event 10 \(position 10\): its inclusion proof does not lead/,
    ],
    [
      'an event deleted',
      () => {
        const b = clone(whole);
        b.events.splice(11, 1);
        return b;
      },
      /^FAIL event 12 \(position 13\): prevHash|^FAIL scope: position 12 is missing/,
    ],
    [
      'two events swapped',
      () => {
        const b = clone(whole);
        [b.events[2], b.events[3]] = [b.events[3]!, b.events[2]!];
        return b;
      },
      /^FAIL event 4 \(position 3\): positions are not in ascending order/,
    ],
    [
      'the tail truncated',
      () => {
        const b = clone(whole);
        b.events.length -= 3;
        return b;
      },
      /^FAIL scope: position \d+ is missing: the bundle claims every event from 1 to \d+/,
    ],
    [
      'the file truncated',
      () => JSON.stringify(whole).slice(0, 5000),
      /^FAIL bundle: not valid JSON/,
    ],
    [
      'a rewritten event with a recomputed hash',
      () => {
        const b = clone(whole);
        const e = b.events[0]!;
        e.hash = e.prevHash;
        return b;
      },
      /^FAIL event 1 \(position 1\): its fields do not hash/,
    ],
    [
      'the checkpoint re-signed by another key of the same name',
      () => {
        const b = clone(whole);
        const text = b.checkpoint.slice(0, b.checkpoint.lastIndexOf('\n\n') + 1);
        b.checkpoint = signNote(text, [parseSignerKey(generateSignerKey(b.origin))]);
        return b;
      },
      /^FAIL checkpoint: not signed by any key of the bundle/,
    ],
    [
      'a replaced signature on the published key',
      () => {
        const b = clone(whole);
        const at = b.checkpoint.length - 20;
        b.checkpoint = flip(b.checkpoint, at);
        return b;
      },
      /^FAIL checkpoint: the signature by .* does not verify/,
    ],
    [
      'a checkpoint from another origin',
      () => {
        const b = clone(whole);
        b.origin = 'other.example/log';
        return b;
      },
      /^FAIL checkpoint: origin "ledger.example.gov\/log" is not this log's origin "other.example\/log"/,
    ],
    [
      'a rotated-out key used after its window',
      () => {
        const b = clone(whole);
        b.keys[0]!.validUntilSize = 3;
        return b;
      },
      /^FAIL checkpoint: key .* signs sizes \d+ to 2; .* outside its window/,
    ],
    [
      'an unknown key id',
      () => {
        const b = clone(whole);
        b.keys[0]!.key = b.keys[0]!.key.replace(/\+([0-9a-f]{8})\+/, '+00000000+');
        return b;
      },
      /^FAIL key 1: key id 00000000 does not match/,
    ],
    [
      'a proof for the wrong size (leaf moved)',
      () => {
        const b = clone(whole);
        b.events[5]!.proof = b.events[6]!.proof;
        return b;
      },
      /^FAIL event 6 \(position 6\): its inclusion proof does not lead/,
    ],
    [
      'a stream revision missing from a procurement',
      () => {
        const b = clone(procurement);
        const at = b.events.findIndex((e, i) => i > 0 && e.revision === 2);
        b.events.splice(at, 1);
        return b;
      },
      /^FAIL stream .*: revision 2 is missing/,
    ],
    ['a malformed file', () => '[1,2,3]', /^FAIL bundle: not a JSON object/],
    [
      'a byte in the last hash of a proof (the part neighbouring events share)',
      () => {
        const b = clone(whole);
        const proof = b.events[9]!.proof;
        proof[proof.length - 1] = flip(proof[proof.length - 1]!, 5);
        return b;
      },
      /^FAIL event 10 \(position 10\): its inclusion proof does not lead/,
    ],
    [
      'a member after the events (read in one pass, they come last)',
      () => {
        const { witnesses, ...rest } = clone(whole) as Bundle & { witnesses: unknown };
        return { ...rest, witnesses } as Bundle;
      },
      /^FAIL bundle: "events" must be the last member .*"witnesses" follows it/,
    ],
    [
      'a member twice',
      () => JSON.stringify(whole).replace('{"format"', '{"origin":"other.example/log","format"'),
      /^FAIL bundle: member "origin" appears twice/,
    ],
  ];
  it('verifies a bundle laid out with other whitespace', () => {
    const result = verify(JSON.stringify(whole, null, '\t').replace(/\n/g, '\r\n'));
    expect(result.stdout).toMatch(/^OK: \d+ events \(log\)/);
    expect(result.status).toBe(0);
  });
  it.each(cases)('detects %s', (_name, tamper, expected) => {
    const result = verify(tamper());
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(expected);
  });

  it('refuses a bundle re-signed under another key, or of another log, once you name the log key (--key) or origin (--origin)', () => {
    const attacker = parseSignerKey(generateSignerKey(whole.origin));
    const resign = (note: string) =>
      signNote(note.slice(0, note.lastIndexOf('\n\n') + 1), [attacker]);
    const resigned = clone(whole);
    resigned.checkpoint = resign(resigned.checkpoint);
    for (const entry of resigned.consistency) entry.checkpoint = resign(entry.checkpoint);
    resigned.keys = [{ key: attacker.verifier.key, validFromSize: 0, validUntilSize: null }];
    const logKey = whole.keys[0]!.key;
    // Alone it is self-consistent, and the OK line says whose key it relied on.
    expect(verify(resigned, 'resigned.json').stdout).toMatch(
      /^OK: .*log key taken from the bundle itself \(name the one you trust with --key\)/,
    );
    const pinned = verify(resigned, 'resigned.json', ['--key', logKey]);
    expect(pinned.status).toBe(1);
    expect(pinned.stdout).toMatch(
      /^FAIL checkpoint: signed by ledger\.example\.gov\/log\+[0-9a-f]{8}\+\S+, which is not a log key you trust \(--key .*\): the bundle was re-signed under another key, or is of another log/,
    );
    const trusted = verify(whole, 'whole.json', ['--key', logKey]);
    expect(trusted.status).toBe(0);
    expect(trusted.stdout).toMatch(/; signed by a log key you named\n$/);

    const otherLog = verify(whole, 'whole.json', ['--origin', 'other.example/log']);
    expect(otherLog.status).toBe(1);
    expect(otherLog.stdout).toMatch(
      /^FAIL bundle: origin "ledger\.example\.gov\/log" is not the log you named \(--origin "other\.example\/log"\): a bundle of another log/,
    );
    expect(verify(whole, 'whole.json', ['--origin', whole.origin]).status).toBe(0);
    const badKey = verify(whole, 'whole.json', ['--key', 'not-a-key']);
    expect(badKey.status).toBe(1);
    expect(badKey.stdout).toMatch(/^FAIL --key 1: "not-a-key" is not a verifier key/);
  });
});
