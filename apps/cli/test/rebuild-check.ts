import { addDays, DEFAULT_POLICY } from '@contract-ledger/domain';
import { createMemoryEventStore } from '@contract-ledger/event-store';
import { appendInOrder } from '@contract-ledger/event-store/testing';
import { id, milestoneId, Procurement } from '@contract-ledger/projections/testing';
import {
  allRows,
  applyBatch,
  physicalName,
  prepareProjection,
  type ReadStore,
} from '@contract-ledger/read-store-sql';
import { readModels } from '@contract-ledger/runtime';
import { sql } from 'kysely';
import { rebuild } from '../src/read-side';

const projections = readModels({ referencePolicy: DEFAULT_POLICY });

/** A few whole procurements through the deciders: tenders, contracts, deliveries, payments. */
async function programme() {
  const world = new Procurement(DEFAULT_POLICY);
  const at = '2026-01-05T09:00:00.000Z';
  const agency = id(0xa1);
  const line = id(0xb1);
  world.openBudgetLine(line, agency, at, { amountMinor: 900_000_000_000 });
  const suppliers = [0, 1, 2, 3].map((i) => id(0x50 + i));
  for (const s of suppliers) world.registerSupplier(s, at);
  for (let n = 0; n < 6; n++) {
    const tender = world.runTender({
      tenderId: id(0x700 + n),
      agencyId: agency,
      budgetLineId: line,
      draftedAt: addDays('2026-01-10T09:00:00.000Z', n),
      bids: suppliers
        .slice(n % 2)
        .map((supplierId, i) => ({ supplierId, priceMinor: 900_000 + i, score: 60 + i * 7 })),
      stopAfterOpening: n === 4,
    });
    const contractId = id(0xc00 + n);
    const signed = world.signAwarded(tender, { contractId, milestones: 3 });
    if (!signed) continue;
    for (let m = 0; m < 3; m++) {
      const due = addDays(signed.signedAt, 30 * (m + 1));
      const milestone = milestoneId(contractId, m);
      world.deliver(contractId, milestone, addDays(due, n === 1 ? 3 : -2));
      world.evaluate(contractId, milestone, addDays(due, 1), 'accepted', 80);
      world.pay(
        contractId,
        milestone,
        signed.instalment(m),
        addDays(due, 5),
        id(0xd00 + n * 10 + m),
      );
    }
  }
  const store = createMemoryEventStore();
  await appendInOrder(store, world.events);
  return store;
}

async function everyRow(readStore: ReadStore) {
  const out: Record<string, unknown[]> = {};
  for (const projection of projections)
    for (const table of projection.tables)
      out[`${projection.name}.${table.name}`] = await allRows(readStore, projection, table);
  return out;
}

/** The secondary indexes (`<table>_ix<n>`), not the primary keys' own. */
async function indexes(readStore: ReadStore): Promise<string[]> {
  const query =
    readStore.dialect === 'sqlite'
      ? sql<{ name: string }>`
          select name from sqlite_master where type = 'index' and sql is not null order by name`
      : sql<{ name: string }>`
          select indexname as name from pg_indexes
           where schemaname = current_schema() and indexname ~ '_ix[0-9]+$' order by indexname`;
  return (await query.execute(readStore.db)).rows.map((row) => row.name);
}

/**
 * `ledger rebuild` in transactions of several batches (batches of 7 committed 30 events at a time,
 * so a transaction ends inside a batch's worth of events and the last one is short), indexes built
 * at the end, against the runners' way: one projection at a time, a transaction per batch of 11,
 * indexes from the start. Every row of every read model, the checkpoints and the indexes must agree.
 */
export async function expectRebuildEqualsRunners(
  incremental: ReadStore,
  rebuilt: ReadStore,
): Promise<void> {
  const store = await programme();
  const log = await store.readAll();
  expect(log.length).toBeGreaterThan(150);
  for (const projection of projections) {
    await prepareProjection(incremental, projection);
    for (let from = 0; from < log.length; from += 11)
      await applyBatch(incremental, projection, log.slice(from, from + 11));
  }
  const report = await rebuild(store, rebuilt, projections, { batchSize: 7, commitEvents: 30 });
  expect(report.events).toBe(log.length);
  expect(await everyRow(rebuilt)).toEqual(await everyRow(incremental));
  for (const projection of projections)
    expect(await rebuilt.checkpoint(projection.name, projection.version)).toBe(log.length);
  const audit = projections.find((p) => p.name === 'audit')!;
  expect(await indexes(rebuilt)).toContain(`${physicalName('audit', audit.version, 'events')}_ix0`);
  expect(await indexes(rebuilt)).toEqual(await indexes(incremental));
}
