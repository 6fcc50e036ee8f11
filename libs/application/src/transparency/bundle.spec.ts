import {
  canonicalJson,
  createMemoryEventStore,
  generateSignerKey,
  MerkleLog,
  parseSignerKey,
} from '@contract-ledger/event-store';
import { auditBundle } from './bundle';
import { TransparencyLog } from './transparency-log';

const metadata = {
  actor: 'u',
  role: 'r',
  correlationId: 'c "quoted" \\ back',
  commandId: 'k',
  occurredAt: '2026-12-06T00:00:00.000Z',
};
// Strings JSON escapes (quotes, backslashes, control characters) and some it does not (non-ASCII).
const data = (n: number) => ({
  n,
  text: `line ${n}\n\t"quoted" \\ \u0001 é € 😀 \u2028`,
  nested: { list: [n, -0.5, 1e21, null, true], empty: {} },
});

describe('auditBundle', () => {
  it('writes each event as JSON.stringify would, data and metadata as their stored canonical text, with its inclusion proof', async () => {
    const store = createMemoryEventStore();
    for (let i = 0; i < 7; i++)
      await store.append(
        `tender-${i % 3}`,
        Array.from({ length: 150 }, (_, k) => ({ type: 'A', data: data(i * 150 + k), metadata })),
        { expectedRevision: 'any' },
      );
    const log = new TransparencyLog(
      store,
      'ledger.example/log',
      parseSignerKey(generateSignerKey('ledger.example/log')),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of auditBundle(store, log, { kind: 'log' }))
      chunks.push(Buffer.from(chunk));
    const text = Buffer.concat(chunks).toString('utf8');
    const lines = text.split('\n').filter((line) => line.startsWith('  {"position":'));
    expect(lines).toHaveLength(1050);
    const merkle = new MerkleLog(store);
    const rows = await store.readStoredRows(1, 1050);
    for (const [i, raw] of lines.entries()) {
      const line = raw.slice(2).replace(/,$/, '');
      const event = JSON.parse(line) as { data: string; metadata: string; proof: string[] };
      expect(JSON.stringify(event)).toBe(line);
      expect(event.data).toBe(canonicalJson(data(i)));
      expect(event.data).toBe(rows[i]!.data);
      expect(event.metadata).toBe(canonicalJson(metadata));
      // Every proof: leaves of one level-0 tile share the text of their entries above it.
      expect(event.proof).toEqual(
        (await merkle.inclusionProof(i, 1050)).map((h) => Buffer.from(h).toString('base64')),
      );
    }
    expect(JSON.parse(text).events).toHaveLength(1050);
  });
});
