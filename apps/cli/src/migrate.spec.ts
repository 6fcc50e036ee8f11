import {
  createMemoryEventStore,
  MerkleLog,
  type MemoryEventStore,
} from '@contract-ledger/event-store';
import { memoryTamperHooks } from '@contract-ledger/event-store/testing';
import { seedSource } from '../test/migrate-seed';
import { copyClock, migrateLog, MigrationFailedError, MigrationRefusedError } from './migrate';

/** migrateLog between two in-memory stores: the copy rule itself, without processes or files. */
describe('migrateLog', () => {
  async function seeded(): Promise<MemoryEventStore> {
    const source = createMemoryEventStore({ clock: () => new Date('2026-02-01T10:00:00.000Z') });
    await seedSource(source);
    return source;
  }

  it('reproduces every row, the head hash and the Merkle root, and reports progress', async () => {
    const source = await seeded();
    const clock = copyClock();
    const target = createMemoryEventStore({ clock: clock.clock });
    const progress: number[] = [];
    const report = await migrateLog(source, target, clock, {
      batchSize: 10,
      onProgress: (done) => progress.push(done),
    });
    expect(report).toMatchObject({ events: 73, head: await source.head() });
    expect(target.unsafeRows()).toEqual(source.unsafeRows());
    expect(await new MerkleLog(target).root(73)).toEqual(await new MerkleLog(source).root(73));
    expect(progress[progress.length - 1]).toBe(73);
    expect(progress.length).toBeGreaterThanOrEqual(8);
  });

  it('refuses a target that holds an event, writing nothing', async () => {
    const source = await seeded();
    const clock = copyClock();
    const target = createMemoryEventStore({ clock: clock.clock });
    const metadata = {
      actor: 'u',
      role: 'r',
      correlationId: 'c',
      commandId: 'k',
      occurredAt: '2026-02-01T00:00:00.000Z',
    };
    await target.append('other', [{ type: 'X', data: {}, metadata }], { expectedRevision: 'any' });
    await expect(migrateLog(source, target, clock)).rejects.toThrow(MigrationRefusedError);
    await expect(migrateLog(source, target, clock)).rejects.toThrow(
      /its log ends at position 1\); nothing was written/,
    );
    expect((await target.head()).position).toBe(1);
  });

  it('stops at the first position whose hash the source does not reproduce', async () => {
    const source = await seeded();
    await memoryTamperHooks(source).editData(12, { forged: true });
    const clock = copyClock();
    const target = createMemoryEventStore({ clock: clock.clock });
    const error = await migrateLog(source, target, clock).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationFailedError);
    expect((error as Error).message).toMatch(
      /^position 12 copied as position 12 with hash [0-9a-f]{64}, the source has [0-9a-f]{64}/,
    );
    expect((error as Error).message).toMatch(
      /the target holds a partial copy: empty it before trying again$/,
    );
    // Everything before the forged event was copied exactly.
    expect(target.unsafeRows().slice(0, 11)).toEqual(source.unsafeRows().slice(0, 11));
  });
});
