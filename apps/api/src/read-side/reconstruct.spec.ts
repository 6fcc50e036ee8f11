import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDays, DEFAULT_POLICY } from '@contract-ledger/domain';
import {
  createMemoryEventStore,
  StateSnapshots,
  type EventStore,
} from '@contract-ledger/event-store';
import { openSqliteEventStore } from '@contract-ledger/event-store-sqlite';
import type { Viewer } from '@contract-ledger/feed';
import { id, milestoneId, Procurement } from '@contract-ledger/projections/testing';
import type { StateKind } from './read-side.dto';
import { reconstruct } from './reconstruct';

const agency = id(0xa1);
const line = id(0xb1);
const suppliers = [id(0x51), id(0x52), id(0x53)];
const tenderId = id(0x701);
const contractId = id(0xc01);
const START = '2026-01-05T09:00:00.000Z';

const viewers: (Viewer | undefined)[] = [
  undefined,
  { role: 'supervisor' },
  { role: 'auditor' },
  { role: 'supplier', supplierId: suppliers[1]! },
];

/** A tender with three bids, its contract of four milestones delivered, evaluated and paid. */
function programme(): Procurement {
  const world = new Procurement(DEFAULT_POLICY);
  world.openBudgetLine(line, agency, START);
  for (const s of suppliers) world.registerSupplier(s, START);
  const tender = world.runTender({
    tenderId,
    agencyId: agency,
    budgetLineId: line,
    draftedAt: START,
    estimateMinor: 1_000_000,
    bids: suppliers.map((supplierId, i) => ({
      supplierId,
      priceMinor: 900_000 + i * 10_000,
      score: 90 - i,
    })),
  });
  const awardedAt = tender.find((e) => e.type === 'TenderAwarded')!.metadata.occurredAt;
  const signedAt = addDays(awardedAt, DEFAULT_POLICY.standstillDays.open + 1);
  world.sign({
    contractId,
    tenderId,
    agencyId: agency,
    supplierId: suppliers[0]!,
    budgetLineId: line,
    valueMinor: 900_000,
    signedAt,
    milestones: 4,
  });
  for (let m = 0; m < 4; m++) {
    const due = addDays(signedAt, 30 * (m + 1));
    world.deliver(contractId, milestoneId(contractId, m), addDays(due, -1));
    world.evaluate(contractId, milestoneId(contractId, m), due);
    world.pay(contractId, milestoneId(contractId, m), 225_000, addDays(due, 1), id(0xd0 + m));
  }
  return world;
}

async function logOf(world: Procurement, store: EventStore): Promise<EventStore> {
  for (const e of world.events)
    await store.append(
      e.stream,
      [{ type: e.type, data: e.data, metadata: { ...e.metadata, commandId: e.eventId } }],
      { expectedRevision: 'any' },
    );
  return store;
}

describe('reconstruct with snapshots', () => {
  it('answers every position of a tender, a contract and a budget line exactly as the fold from the first event, sealed bids included', async () => {
    const store = await logOf(programme(), createMemoryEventStore());
    const head = (await store.head()).position;

    // A snapshot every 2 revisions: every answer past the second event starts from one.
    const snapshots = new StateSnapshots(2);
    const entities: [StateKind, string][] = [
      ['tender', tenderId],
      ['contract', contractId],
      ['budget-line', line],
    ];
    let fromSnapshots = 0;
    // Up the log (snapshots taken on the way), then down it (answered from them).
    const positions = Array.from({ length: head + 1 }, (_, p) => p);
    for (const order of [positions, [...positions].reverse()]) {
      for (const atPosition of order) {
        for (const [kind, entity] of entities) {
          for (const viewer of viewers) {
            const full = await reconstruct(store, kind, entity, { atPosition }, viewer);
            const cached = await reconstruct(store, kind, entity, { atPosition }, viewer, {
              snapshots,
            });
            expect(cached).toEqual(full);
          }
        }
      }
    }
    for (const [kind, entity] of entities) {
      const stream = (await reconstruct(store, kind, entity, {}, undefined))!.stream;
      fromSnapshots += snapshots.held(kind, stream).length;
    }
    expect(fromSnapshots).toBeGreaterThan(10);
    // The sealed bids: before opening a supervisor sees stubs, the auditor the bids, at the same position.
    const opened = (await store.readAll()).find((e) => e.type === 'BidsOpened')!;
    const beforeOpening = { atPosition: opened.position - 1 };
    const asSupervisor = await reconstruct(store, 'tender', tenderId, beforeOpening, viewers[1], {
      snapshots,
    });
    const asAuditor = await reconstruct(store, 'tender', tenderId, beforeOpening, viewers[2], {
      snapshots,
    });
    expect(JSON.stringify(asSupervisor!.state)).toContain('"sealed":true');
    expect(JSON.stringify(asAuditor!.state)).not.toContain('"sealed":true');
  });

  it('answers from snapshots stored beside the log after a restart exactly as the fold from the first event', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reconstruct-'));
    const file = path.join(dir, 'events.db');
    try {
      let store = openSqliteEventStore({ path: file });
      await logOf(programme(), store);
      const head = (await store.head()).position;
      const entities: [StateKind, string][] = [
        ['tender', tenderId],
        ['contract', contractId],
      ];
      // One process takes the snapshots (every 2 revisions) on its way up the log.
      const first = new StateSnapshots(2);
      for (let atPosition = 1; atPosition <= head; atPosition++)
        for (const [kind, entity] of entities)
          await reconstruct(store, kind, entity, { atPosition }, undefined, { snapshots: first });
      await store.close();

      // Every later answer comes from a process with nothing in memory: only the stored rows.
      store = openSqliteEventStore({ path: file });
      let fromStored = 0;
      for (let atPosition = head; atPosition >= 0; atPosition--) {
        for (const [kind, entity] of entities) {
          for (const viewer of viewers) {
            const full = await reconstruct(store, kind, entity, { atPosition }, viewer);
            const restarted = new StateSnapshots(2);
            const cached = await reconstruct(store, kind, entity, { atPosition }, viewer, {
              snapshots: restarted,
            });
            expect(cached).toEqual(full);
            // A fold from the first event would hold one snapshot per 2 revisions; fewer means
            // it started from a stored one.
            const held = restarted.held(kind, cached!.stream).length;
            if (held < Math.floor(cached!.revision / 2)) fromStored++;
          }
        }
      }
      expect(fromStored).toBeGreaterThan(10);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
