// docs/examples/audit-bundle.json, the worked example of docs/audit-bundle.md §5: what the
// exporter (auditBundle, as `ledger export` runs it) writes for a fixed three-event log, a fixed
// log key and a fixed witness. Ed25519 signatures are deterministic, so the bytes are too;
// `npm run contract:generate` writes it and contract.spec.ts fails while the file differs.
import { auditBundle, TransparencyLog } from '@contract-ledger/application';
import {
  ALG_COSIGNATURE_V1,
  createMemoryEventStore,
  keyId,
  parseCosignatureVerifierKey,
  parseCosignerKey,
  parseNote,
  parseSignerKey,
} from '@contract-ledger/event-store';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import path from 'node:path';
import { ROOT } from './contract';

export const AUDIT_BUNDLE_EXAMPLE_FILE = path.join(ROOT, 'docs', 'examples', 'audit-bundle.json');

export const EXAMPLE_ORIGIN = 'ledger.example.gov/log';
/** The example log key (seed: 32 bytes of 0x07). Published in the docs: never use it. */
export const EXAMPLE_LOG_KEY =
  'PRIVATE+KEY+ledger.example.gov/log+b3007d04+AQcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcH';
const WITNESS_NAME = 'audit-office.example';
/** The example's one instant: every recordedAt, the checkpoints' createdAt, the cosignature time. */
const AT = '2026-12-06T10:00:00.000Z';

/** The example witness key (seed: 32 bytes of 0x09), in the PRIVATE+KEY form `ledger witness` keeps. */
export function exampleWitnessKey(): string {
  const seed = Buffer.alloc(32, 0x09);
  const privateKey = createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const id = keyId(WITNESS_NAME, ALG_COSIGNATURE_V1, spki.subarray(spki.length - 32));
  const material = Buffer.concat([Buffer.from([ALG_COSIGNATURE_V1]), seed]).toString('base64');
  return `PRIVATE+KEY+${WITNESS_NAME}+${id.toString(16).padStart(8, '0')}+${material}`;
}

const TENDER = '0190f3c2-7a1b-7c3d-8e4f-0000000000aa';
const metadata = {
  actor: '0190f3c2-7a1b-7c3d-8e4f-000000000001',
  role: 'agency_officer',
  correlationId: 'c-1',
  commandId: 'k-1',
  occurredAt: AT,
};
const event = (n: number, type: string, data: object) => ({
  eventId: `0190f3c2-7a1b-7c3d-8e4f-00000000010${n}`,
  type,
  data,
  metadata,
});

/**
 * A tender drafted and published (checkpoint of size 2), then cancelled (checkpoint of size 3);
 * the witness cosigned both, and the log requires one cosignature (LEDGER_WITNESS_REQUIRED=1).
 */
export async function renderAuditBundleExample(): Promise<string> {
  const clock = () => new Date(AT);
  const store = createMemoryEventStore({ clock });
  const witness = parseCosignerKey(exampleWitnessKey());
  const log = new TransparencyLog(
    store,
    EXAMPLE_ORIGIN,
    parseSignerKey(EXAMPLE_LOG_KEY),
    clock,
    [parseCosignatureVerifierKey(witness.key)],
    1,
  );
  const cosign = async (size: number) => {
    const { text } = parseNote((await log.at(size))!.note);
    const added = await log.addCosignature(size, witness.cosign(text, Date.parse(AT) / 1000));
    if (!added.ok) throw new Error(added.reason);
  };
  const stream = `tender-${TENDER}`;
  await store.append(
    stream,
    [
      event(1, 'TenderDrafted', { tenderId: TENDER, title: 'School cleaning' }),
      event(2, 'TenderPublished', { tenderId: TENDER }),
    ],
    { expectedRevision: 'no_stream' },
  );
  await log.checkpoint();
  await cosign(2);
  await store.append(
    stream,
    [event(3, 'TenderCancelled', { tenderId: TENDER, reason: 'budget' })],
    {
      expectedRevision: 2,
    },
  );
  await log.checkpoint();
  await cosign(3);
  const chunks: Buffer[] = [];
  for await (const chunk of auditBundle(store, log, { kind: 'log' }))
    chunks.push(Buffer.from(chunk));
  await store.close();
  return Buffer.concat(chunks).toString('utf8');
}
