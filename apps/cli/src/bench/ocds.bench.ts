// npm run bench:ocds [BENCH_EVENTS=200000] [BENCH_RUNS=3]
// Generates a programme THROUGH THE DECIDERS into a SQLite event store (one contract with 1,000+
// releases, then tenders to awards, contracts, deliveries and payments), then measures on SQLite:
// - the ocds projection rebuilt from position 0 (log events/s, and releases written/s);
// - compiling the record of the 1,000-release ocid (compileReleases, in memory) and reading it
//   from the read store (ocdsRecord: the compiled release is kept, so a read does not merge);
// - the bulk export: every release streamed page by page and serialised to a sink (releases/s).
// Figures: docs/performance.md "OCDS".
import { addDays, DEFAULT_POLICY } from '@contract-ledger/domain';
import type { EventStore } from '@contract-ledger/event-store';
import { appendInOrder } from '@contract-ledger/event-store/testing';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import { compileReleases, ocdsProjection, releasePackageFrame } from '@contract-ledger/ocds';
import { milestoneId, Procurement } from '@contract-ledger/projections/testing';
import {
  createReadStore,
  ocdsRecord,
  ocdsReleaseJsonStream,
  ocdsReleasePage,
  ocdsReleaseSummary,
} from '@contract-ledger/read-store-sql';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { progress } from '../progress';
import { rebuild } from '../read-side';

// Two days apart: a 30-day rhythm would put the last of thousands of milestones past the policy's
// 20-year planning horizon (INSTANT_BEYOND_HORIZON).
const BIG_SPACING_DAYS = 2;
const TARGET = Number(process.env['BENCH_EVENTS'] ?? 200_000);
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
const BIG_MILESTONES = 334; // deliver + evaluate + pay each: 1,002 releases, plus the tender's and the contract's
const SUPPLIERS = 500;
const out = process.stdout;

const uuid = (kind: number, n: number): string =>
  `0190e${kind.toString(16).padStart(3, '0')}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Appends the world's pending events and forgets them. */
const flush = (world: Procurement, store: EventStore): Promise<number> =>
  appendInOrder(store, world.events.splice(0));

async function generate(store: EventStore): Promise<{ bigTender: string; events: number }> {
  const world = new Procurement(DEFAULT_POLICY);
  const at0 = '2026-01-05T09:00:00.000Z';
  const agency = uuid(0xa, 1);
  const line = uuid(0xb, 1);
  world.openBudgetLine(line, agency, at0, { amountMinor: 9_000_000_000_000 });
  for (let s = 0; s < SUPPLIERS; s++) world.registerSupplier(uuid(0x5, s), at0);
  let written = await flush(world, store);
  const bar = progress('generate', TARGET, out);

  const bigTender = uuid(0x7, 0);
  world.runLongContract({
    tenderId: bigTender,
    contractId: uuid(0xc, 0),
    agencyId: agency,
    budgetLineId: line,
    bids: [0, 1, 2].map((i) => ({ supplierId: uuid(0x5, i), score: 90 - i })),
    milestones: BIG_MILESTONES,
    spacingDays: BIG_SPACING_DAYS,
    disbursementId: (m) => uuid(0xd, m),
  });
  written += await flush(world, store);

  for (let n = 1; written < TARGET; n++) {
    const tenderId = uuid(0x7, n);
    const bids = [0, 1, 2].map((i) => ({
      supplierId: uuid(0x5, (n * 7 + i * 13) % SUPPLIERS),
      priceMinor: 900_000 + ((n * 31 + i * 17) % 90_000),
      score: 60 + ((n + i * 11) % 40),
    }));
    const tender = world.runTender({
      tenderId,
      agencyId: agency,
      budgetLineId: line,
      draftedAt: addDays('2026-01-10T09:00:00.000Z', (n % 300) * 0.5),
      bids,
      stopAfterOpening: n % 17 === 0,
    });
    const contractId = uuid(0xc, n);
    const milestones = 2 + (n % 4);
    const signed = world.signAwarded(tender, { contractId, milestones });
    if (signed) {
      for (let m = 0; m < milestones; m++) {
        const due = addDays(signed.signedAt, 30 * (m + 1));
        world.deliver(contractId, milestoneId(contractId, m), addDays(due, -2));
        world.evaluate(contractId, milestoneId(contractId, m), addDays(due, 1));
        world.pay(
          contractId,
          milestoneId(contractId, m),
          signed.instalment(m),
          addDays(due, 5),
          uuid(0xd, n * 10 + m + 100_000),
        );
      }
    }
    if (world.events.length >= 5_000) {
      written += await flush(world, store);
      bar.update(written);
    }
  }
  written += await flush(world, store);
  bar.update(written);
  bar.finish();
  return { bigTender, events: written };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-ocds-'));
  const store = await openSqliteEventStore({ path: path.join(dir, 'ledger.sqlite') });
  try {
    const { bigTender, events } = await generate(store);
    const rebuilds: { seconds: number; cpu: number }[] = [];
    let releases = 0;
    for (let run = 0; run < RUNS; run++) {
      const readStore = await createReadStore({
        kind: 'sqlite',
        file: path.join(dir, `read-${run}.sqlite`),
      });
      try {
        const cpu0 = process.cpuUsage();
        const report = await rebuild(store, readStore, [ocdsProjection], { batchSize: 2_000 });
        const cpu = process.cpuUsage(cpu0);
        rebuilds.push({ seconds: report.seconds, cpu: (cpu.user + cpu.system) / 1e6 });
        releases = (await ocdsReleaseSummary(readStore)).count;
      } finally {
        await readStore.close();
      }
    }
    const readStore = await createReadStore({
      kind: 'sqlite',
      file: path.join(dir, 'read-0.sqlite'),
    });
    try {
      const ocid = `ocds-ledger-${bigTender}`;
      const own = [];
      for (let cursor: string | null = null; ;) {
        const page: Awaited<ReturnType<typeof ocdsReleasePage>> = await ocdsReleasePage(readStore, {
          ocid,
          limit: 500,
          cursor,
        });
        own.push(...page.items.map((i) => i.release));
        cursor = page.nextCursor;
        if (cursor === null) break;
      }
      const compile: number[] = [];
      const read: number[] = [];
      for (let i = 0; i < 11; i++) {
        const t0 = performance.now();
        compileReleases(own);
        compile.push(performance.now() - t0);
        const t1 = performance.now();
        await ocdsRecord(readStore, ocid);
        read.push(performance.now() - t1);
      }
      // What the bulk route and `ledger ocds export` do: the stored JSON text, joined into 64 KiB chunks for a sink.
      const exports: { wall: number; cpu: number }[] = [];
      let bytes = 0;
      for (let run = 0; run < RUNS; run++) {
        const frame = releasePackageFrame(
          { uri: 'https://example.org/api/v1/ocds/bulk', publisher: { name: 'bench' } },
          '2026-01-01T00:00:00Z',
        );
        const t0 = performance.now();
        const cpu0 = process.cpuUsage();
        let n = 0;
        let chunk = frame.head;
        bytes = 0;
        for await (const json of ocdsReleaseJsonStream(readStore)) {
          chunk += n === 0 ? json : `${frame.separator}${json}`;
          n++;
          if (chunk.length >= 65_536) {
            bytes += chunk.length;
            chunk = '';
          }
        }
        bytes += chunk.length + frame.tail.length;
        const cpu = process.cpuUsage(cpu0);
        exports.push({
          wall: n / ((performance.now() - t0) / 1000),
          cpu: n / ((cpu.user + cpu.system) / 1e6),
        });
      }
      const wall = median(rebuilds.map((r) => r.seconds));
      const cpu = median(rebuilds.map((r) => r.cpu));
      out.write(
        `\nOCDS on SQLite (${fmt(events)} log events, ${fmt(releases)} releases; medians of ${RUNS} run(s))\n`,
      );
      out.write(
        `projection rebuild: ${fmt(events / wall)} events/s (${fmt(releases / wall)} releases/s), wall ${wall.toFixed(2)} s, CPU ${cpu.toFixed(2)} s (${fmt(events / cpu)} events/CPU s); runs ${rebuilds.map((r) => `${r.seconds.toFixed(1)}/${r.cpu.toFixed(1)}`).join(', ')}\n`,
      );
      out.write(
        `record of a ${fmt(own.length)}-release ocid: compileReleases ${median(compile).toFixed(1)} ms (min ${Math.min(...compile).toFixed(1)}), ocdsRecord read ${median(read).toFixed(1)} ms (median of 11)\n`,
      );
      out.write(
        `bulk export (${fmt(bytes / 1e6)} MB): ${fmt(median(exports.map((e) => e.wall)))} releases/s (${fmt(median(exports.map((e) => e.cpu)))} releases/CPU s); runs ${exports.map((e) => fmt(e.wall)).join(', ')}\n`,
      );
    } finally {
      await readStore.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `bench:ocds: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
