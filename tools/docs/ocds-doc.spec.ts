// docs/ocds.md must say what every event type does to the OCDS output (or why nothing), so the
// open-data mapping cannot gain an event type without its disclosure being decided and written down.
import { LEDGER_EVENT_TYPES } from '@contract-ledger/domain';
import { readFileSync } from 'node:fs';
import path from 'node:path';

describe('docs/ocds.md', () => {
  it('maps every event type of the ledger, and the refusal records', () => {
    const doc = readFileSync(path.resolve(__dirname, '../../docs/ocds.md'), 'utf8');
    const rows = doc.split('\n').filter((line) => line.startsWith('| `'));
    const missing = [
      ...LEDGER_EVENT_TYPES,
      'DisbursementRefused',
      'ConflictedScoringRefused',
    ].filter((type) => !rows.some((row) => row.split('|')[1]!.includes(`\`${type}\``)));
    expect(missing).toEqual([]);
  });
});
