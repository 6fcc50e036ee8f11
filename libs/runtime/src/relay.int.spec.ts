import { createMemoryEventStore, uuidv7 } from '@contract-ledger/event-store';
import { validateConfig } from './config';
import { hostRelay, type RelayHandle } from './relay';

const DATABASE_URL =
  process.env['DATABASE_URL'] ?? 'postgres://ledger:ledger@127.0.0.1:5432/ledger';

async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * One relay across processes on PostgreSQL (needs the database, not Kafka: the broker address is a
 * closed port, so the leader retries and never publishes). Two hosts stand for the same lock: one
 * leads, the other stands by and takes over once the first stops.
 */
describe('hostRelay on PostgreSQL: one relay per feed across hosts', () => {
  const config = validateConfig({
    LEDGER_STORE: 'postgres',
    DATABASE_URL,
    KAFKA_BROKERS: '127.0.0.1:1',
    // Its own lock and checkpoint name, so parallel runs and other tests do not meet it.
    KAFKA_TOPIC_PREFIX: `int-${uuidv7()}`,
  });
  const handles: RelayHandle[] = [];

  afterAll(async () => {
    await Promise.all(handles.map((h) => h.stop()));
  }, 30_000);

  it('runs one relay, the other stands by with the shared lag, and takes over when the first stops', async () => {
    const store = createMemoryEventStore();
    const meta = {
      actor: uuidv7(),
      role: 'supervisor',
      correlationId: uuidv7(),
      commandId: uuidv7(),
      occurredAt: '2026-03-10T09:00:00.000Z',
    };
    const supplierId = uuidv7();
    const { position } = await store.append(
      `supplier-${supplierId}`,
      [{ type: 'SupplierNoted', data: { supplierId }, metadata: meta }],
      { expectedRevision: 'any' },
    );
    const silent = { debug() {}, info() {}, warn() {}, error() {} };
    const first = hostRelay(config, store, silent, { leaderIntervalMs: 200 });
    handles.push(first);
    await until('the first host to lead', () => first.status().relay !== undefined);
    const second = hostRelay(config, store, silent, { leaderIntervalMs: 200 });
    handles.push(second);
    await until('the second host to stand by', () => second.status().state === 'standby');
    expect(first.status().relay).toBeDefined();
    expect(second.status().relay).toBeUndefined();
    expect(await second.lag()).toBe(position);
    await expect(second.waitFor(position)).rejects.toThrow(/not publishing in this process/);

    await first.stop();
    expect(first.status().state).toBe('stopped');
    await until('the standby to take over', () => second.status().relay !== undefined);
    expect(['running', 'retrying']).toContain(second.status().state);
  }, 30_000);
});
