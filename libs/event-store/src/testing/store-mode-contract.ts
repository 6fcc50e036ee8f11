import { chainHash, GENESIS_HASH } from '../hash-chain';
import { canonicalJson } from '../canonical-json';
import { InvalidEventError } from '../errors';
import { StoreModeMismatchError, type StoreMode } from '../store-mode';
import type { EventMetadata, EventStore, NewEvent } from '../types';

/** Opens the store at `location` (a file, a schema) in `mode`; the same location twice is the same store. */
export interface StoreModeFactory {
  newLocation(): string;
  open(location: string, mode: StoreMode): Promise<EventStore>;
}

const metadata: EventMetadata = {
  actor: '0190f3c2-7a1b-7c3d-8e4f-000000000001',
  role: 'agency_officer',
  correlationId: 'c-1',
  commandId: 'k-1',
  occurredAt: '2026-03-01T09:00:00.000Z',
};
const event = (meta: EventMetadata = metadata): NewEvent => ({
  type: 'TenderPublished',
  data: { tenderId: 't-1' },
  metadata: meta,
});

/**
 * Sandbox mode for the persistent adapters (ADR 0010): the mode is recorded when the store is
 * created and checked at every open; a sandbox store marks every event inside the hashed metadata.
 */
export function describeStoreModeContract(name: string, factory: StoreModeFactory): void {
  describe(`store mode: ${name}`, () => {
    const opened: EventStore[] = [];
    const open = async (location: string, mode: StoreMode): Promise<EventStore> => {
      const store = await factory.open(location, mode);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close().catch(() => undefined);
    });

    it('a production store refuses to open as a sandbox one: STORE_MODE_MISMATCH', async () => {
      const location = factory.newLocation();
      const store = await open(location, 'production');
      await store.append('tender-1', [event()], { expectedRevision: 'no_stream' });
      await store.close();
      const refused = await factory.open(location, 'sandbox').then(
        (s) => (opened.push(s), undefined),
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(StoreModeMismatchError);
      expect(refused).toMatchObject({ recorded: 'production', requested: 'sandbox' });
    });

    it('a sandbox store refuses to open as a production one, even before its first event', async () => {
      const location = factory.newLocation();
      await (await open(location, 'sandbox')).close();
      const refused = await factory.open(location, 'production').then(
        (s) => (opened.push(s), undefined),
        (error: unknown) => error,
      );
      expect(refused).toMatchObject({
        code: 'STORE_MODE_MISMATCH',
        recorded: 'sandbox',
        requested: 'production',
      });
      // Reopened in its own mode, it serves.
      const again = await open(location, 'sandbox');
      expect(await again.head()).toMatchObject({ position: 0 });
    });

    it('a sandbox store marks every event metadata.sandbox: true, inside what the chain hashes', async () => {
      const store = await open(factory.newLocation(), 'sandbox');
      await store.append('tender-1', [event(), event()], { expectedRevision: 'no_stream' });
      const events = await store.readAll();
      expect(events.map((e) => e.metadata['sandbox'])).toEqual([true, true]);
      expect(await store.verify()).toMatchObject({ ok: true, checked: 2 });
      // A copy of a sandbox log into another sandbox store passes the marker through.
      await store.append('tender-2', [event({ ...metadata, sandbox: true })], {
        expectedRevision: 'no_stream',
      });
      expect((await store.readStream('tender-2'))[0]!.metadata['sandbox']).toBe(true);
    });

    it('a production store records the metadata exactly as given, and refuses a sandbox marker', async () => {
      const store = await open(factory.newLocation(), 'production');
      await store.append('tender-1', [event()], { expectedRevision: 'no_stream' });
      const [recorded] = await store.readAll();
      expect(canonicalJson(recorded!.metadata)).toBe(canonicalJson(metadata));
      // The stored hash covers the caller's metadata bytes, nothing added: production hashes are
      // the ones the log had before sandbox mode existed.
      expect(
        chainHash(GENESIS_HASH, {
          ...recorded!,
          data: canonicalJson(recorded!.data),
          metadata: canonicalJson(metadata),
        }),
      ).toBe(recorded!.hash);
      await expect(
        store.append('tender-2', [event({ ...metadata, sandbox: true })], {
          expectedRevision: 'no_stream',
        }),
      ).rejects.toBeInstanceOf(InvalidEventError);
      expect(await store.streamRevision('tender-2')).toBe(0);
    });
  });
}
