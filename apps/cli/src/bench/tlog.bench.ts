// `npm run bench:tlog`: the transparency log's figures (docs/performance.md): inclusion proof
// latency from the SQLite store, export rate, and the offline verifier's rate against the raw
// SHA-256 rate of the same bytes, same run. BENCH_EVENTS (default 100000) scales the log. Not a test.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { auditBundle, TransparencyLog } from '@contract-ledger/application';
import { generateSignerKey, MerkleLog, parseSignerKey } from '@contract-ledger/event-store';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 100_000);
const out = (line: string): boolean => process.stdout.write(`${line}\n`);
const metadata = {
  actor: '0190f3c2-7a1b-7c3d-8e4f-123456789abc',
  role: 'procurement-officer',
  correlationId: 'c',
  commandId: 'k',
  occurredAt: '2026-11-26T10:00:00.000Z',
};
const data = (i: number) => ({
  tenderId: '0190f3c2-7a1b-7c3d-8e4f-123456789abc',
  bidId: `b-${i}`,
  amount: { amountMinor: 125_000_00 + i, currency: 'EUR' },
  note: 'Cleaning services for public primary schools, districts 1 to 4',
});

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlog-bench-'));
  try {
    const store = openSqliteEventStore({
      path: path.join(dir, 'ledger.sqlite'),
      synchronous: 'NORMAL',
    });
    for (let i = 0; i < EVENTS; i += 1000) {
      await store.append(
        `s-${i % 997}`,
        Array.from({ length: Math.min(1000, EVENTS - i) }, (_, k) => ({
          type: 'BidSubmitted',
          data: data(i + k),
          metadata,
        })),
        { expectedRevision: 'any' },
      );
    }
    const log = new TransparencyLog(
      store,
      'bench.example/log',
      parseSignerKey(generateSignerKey('bench.example/log')),
    );
    await log.checkpoint();
    const merkle = new MerkleLog(store);
    const times: number[] = [];
    for (let k = 0; k < 1000; k++) {
      const index = Math.floor(Math.random() * EVENTS);
      const started = performance.now();
      await merkle.inclusionProof(index, EVENTS);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    out(
      `# bench:tlog ${new Date().toISOString()} node ${process.version} BENCH_EVENTS=${EVENTS} load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    out(
      `inclusion proof from SQLite at ${EVENTS} events: median ${times[500]!.toFixed(3)} ms, p99 ${times[990]!.toFixed(3)} ms (target median < 1 ms at 1,000,000)`,
    );

    const file = path.join(dir, 'bundle.json');
    let text = '';
    const started = performance.now();
    for await (const chunk of auditBundle(store, log, { kind: 'log' })) text += chunk;
    const exportMs = performance.now() - started;
    writeFileSync(file, text);
    out(
      `export of the whole log: ${Math.round((EVENTS * 1000) / exportMs).toLocaleString('en-US')} events/s, ${(statSync(file).size / 1e6).toFixed(1)} MB (target >= 50,000 events/s)`,
    );
    await store.close();

    const verifier = path.resolve(__dirname, '../verifier/verify.mjs');
    const v0 = performance.now();
    const result = spawnSync(process.execPath, [verifier, file], { encoding: 'utf8' });
    const verifyMs = performance.now() - v0;
    if (result.status !== 0) throw new Error(`verifier failed: ${result.stdout}${result.stderr}`);
    // The raw rate: one process reading the same file and hashing what the verifier must hash
    // (the chain hash input of every event and the proof hashes), with no checking.
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as {
      events: { data: string; metadata: string; prevHash: string; proof: string[] }[];
    };
    const r0 = performance.now();
    for (const e of bundle.events) {
      createHash('sha256')
        .update(e.prevHash + e.data + e.metadata)
        .digest();
      for (let p = 0; p <= e.proof.length; p++)
        createHash('sha256').update(Buffer.alloc(65)).digest();
    }
    const rawMs = performance.now() - r0;
    out(
      `offline verify: ${Math.round((EVENTS * 1000) / verifyMs).toLocaleString('en-US')} events/s (process incl. start and JSON parse); raw sha256 of the same inputs in-process: ${Math.round((EVENTS * 1000) / rawMs).toLocaleString('en-US')} events/s; ratio ${(rawMs / verifyMs).toFixed(2)} (target >= 0.8)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:tlog failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
