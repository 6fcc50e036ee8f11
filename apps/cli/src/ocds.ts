import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { releasePackageFrame } from '@contract-ledger/ocds';
import type { Projection } from '@contract-ledger/projections';
import {
  applyBatches,
  createReadStore,
  ocdsReleaseJsonStream,
  ocdsReleaseSummary,
  prepareProjection,
  type ReadStore,
} from '@contract-ledger/read-store-sql';
import { openEventStore, readModels, readStoreConfig } from '@contract-ledger/runtime';
import type { EventStore } from '@contract-ledger/event-store';
import { parseOptions, text, UsageError } from './args';
import { progress } from './progress';
import { config } from './read-side';

export const OCDS_USAGE = `Usage: ledger ocds export --out <file> [--format package|jsonl] [--since <position>]

Writes every OCDS release the ledger published (docs/ocds.md) to <file>: one OCDS 1.1.5 release
package (--format package, the default) or JSON Lines, one release per line (--format jsonl).
--since <position>: only releases of events after that log position. The ocds read model is first
brought up to the head of the log (safe while the projection runners run), then streamed page by
page: memory stays one page whatever the size. Publisher, license, publication policy and uri come
from the OCDS_* variables, the stores from LEDGER_STORE, LEDGER_DATA_DIR and DATABASE_URL, like the API.
`;

interface Out {
  readonly out: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Applies what the ocds read model has not applied yet, up to the head of the log; the number of events read. */
async function catchUp(
  store: EventStore,
  readStore: ReadStore,
  projection: Projection,
  onProgress: (done: number, total: number) => void,
): Promise<number> {
  await prepareProjection(readStore, projection);
  const head = (await store.head()).position;
  const from = (await readStore.status(projection.name)).checkpoint + 1;
  let done = 0;
  for (let next = from; next <= head;) {
    const events = await store.readAll({ fromPosition: next, toPosition: head, limit: 2_000 });
    if (events.length === 0) break;
    await applyBatches(readStore, [projection], events);
    done += events.length;
    next = events[events.length - 1]!.position + 1;
    onProgress(done, head - from + 1);
  }
  return done;
}

export async function ocdsCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  io: Out,
): Promise<number> {
  const parsed = parseOptions(
    args,
    { out: { type: 'string' }, format: { type: 'string' }, since: { type: 'string' } },
    { positionals: 1 },
  );
  if (parsed.positionals[0] !== 'export')
    throw new UsageError(
      parsed.positionals[0] === undefined
        ? 'which ocds command? (export)'
        : `unknown ocds command "${parsed.positionals[0]}" (export)`,
    );
  const outFile = text(parsed, 'out');
  if (outFile === undefined) throw new UsageError('--out <file> is required');
  const format = text(parsed, 'format') ?? 'package';
  if (format !== 'package' && format !== 'jsonl')
    throw new UsageError(`--format must be package or jsonl, got "${format}"`);
  const sinceRaw = text(parsed, 'since');
  if (sinceRaw !== undefined && !(/^\d+$/.test(sinceRaw) && Number.isSafeInteger(Number(sinceRaw))))
    throw new UsageError(`--since must be a log position (an integer >= 0), got "${sinceRaw}"`);
  const cfg = config(env, cwd);
  const projection = readModels(cfg).find((p) => p.name === 'ocds')!;
  const store = await openEventStore(cfg);
  const readStore = await createReadStore(readStoreConfig(cfg)).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  try {
    const caughtUp = progress('ocds catch-up', 0, io.out);
    const applied = await catchUp(store, readStore, projection, (done, total) =>
      caughtUp.update(done, total),
    );
    if (applied > 0) caughtUp.finish();
    const filter = sinceRaw !== undefined ? { sincePosition: Number(sinceRaw) } : {};
    const summary = await ocdsReleaseSummary(readStore, filter);
    const jsonl = format === 'jsonl';
    const target = path.resolve(cwd, outFile);
    const file = createWriteStream(target);
    const write = async (chunk: string): Promise<void> => {
      if (!file.write(chunk)) await once(file, 'drain');
    };
    const frame = releasePackageFrame(
      {
        uri: `${cfg.ocds.baseUri}/api/v1/ocds/bulk${jsonl ? '?format=jsonl' : ''}`,
        publisher: cfg.ocds.publisher,
        ...(cfg.ocds.license !== undefined ? { license: cfg.ocds.license } : {}),
        ...(cfg.ocds.publicationPolicy !== undefined
          ? { publicationPolicy: cfg.ocds.publicationPolicy }
          : {}),
      },
      summary.lastDate ?? new Date().toISOString(),
    );
    const bar = progress('ocds export', summary.count, io.out, 2_000, 'releases');
    let count = 0;
    let chunk = jsonl ? '' : frame.head;
    for await (const json of ocdsReleaseJsonStream(readStore, filter)) {
      chunk += jsonl ? `${json}\n` : count === 0 ? json : `${frame.separator}${json}`;
      count++;
      if (chunk.length >= 65_536) {
        await write(chunk);
        chunk = '';
        bar.update(count);
      }
    }
    await write(chunk + (jsonl ? '' : frame.tail));
    file.end();
    await once(file, 'finish');
    const { seconds, perSecond } = bar.finish();
    io.out.write(
      `ocds export: ${count.toLocaleString('en-US')} releases to ${target} (${jsonl ? 'JSON Lines' : 'release package'}) in ${seconds.toFixed(2)} s, ${Math.round(perSecond).toLocaleString('en-US')} releases/s\n`,
    );
    return 0;
  } finally {
    await readStore.close();
    await store.close();
  }
}
