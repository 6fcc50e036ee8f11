// docs/events.md must describe every event type the deciders can record (the published contract's
// list), so the catalogue cannot fall behind the code.
import { LEDGER_EVENT_TYPES } from '@contract-ledger/domain';
import { readFileSync } from 'node:fs';
import path from 'node:path';

describe('docs/events.md', () => {
  it('describes every event type of the ledger', () => {
    const catalogue = readFileSync(path.resolve(__dirname, '../../docs/events.md'), 'utf8');
    expect(LEDGER_EVENT_TYPES.length).toBeGreaterThan(30);
    expect(LEDGER_EVENT_TYPES.filter((type) => !catalogue.includes(`\`${type}\``))).toEqual([]);
  });
});
