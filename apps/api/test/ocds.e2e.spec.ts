import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EVENT_STORE } from '@contract-ledger/application';
import type { EventStore } from '@contract-ledger/event-store';
import { demoProgramme, ocdsValidator, PROGRAMME } from '@contract-ledger/ocds/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app';
import { expectProblem } from './support/ledger';

const BASE = 'https://open.ledger.example.gov';
const ocid = (tenderId: string): string => `ocds-abc123-${tenderId}`;

/** The OCDS routes over HTTP, on a log holding the demo-like programme (libs/ocds/src/testing), with publication settings from the environment. */
describe('OCDS open data routes', () => {
  let app: NestFastifyApplication;
  let dataDir: string;
  let head = 0;
  const get = (url: string) => request(app.getHttpServer()).get(url);

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ledger-ocds-'));
    ({ app } = await createApp({
      LEDGER_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      LEDGER_STORE: 'memory',
      OCDS_OCID_PREFIX: 'ocds-abc123',
      OCDS_PUBLISHER_NAME: 'Civil Affairs Bureau',
      OCDS_PUBLISHER_SCHEME: 'CN-USCC',
      OCDS_PUBLISHER_UID: '11110000000000000X',
      OCDS_LICENSE: 'https://creativecommons.org/licenses/by/4.0/',
      OCDS_PUBLICATION_POLICY: 'https://open.ledger.example.gov/policy',
      OCDS_BASE_URI: BASE,
      // The read models catch up with the appended programme in the background; a loaded CI machine may need more than the default 5 s.
      LEDGER_READ_WAIT_MS: '60000',
    }));
    await app.getHttpAdapter().getInstance().ready();
    const store = app.get<EventStore>(EVENT_STORE);
    for (const e of demoProgramme()) {
      const appended = await store.append(
        e.stream,
        [
          {
            type: e.type,
            data: e.data,
            metadata: { ...e.metadata, commandId: `${e.stream}-${e.revision}` },
          },
        ],
        { expectedRevision: 'any' },
      );
      head = appended.position;
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('pages a valid release package with the configured metadata and a next link, no token needed', async () => {
    const first = await get(`/api/v1/ocds/releases?limit=10&minPosition=${head}&maxWaitMs=60000`);
    expect(first.status).toBe(200);
    expect(ocdsValidator().errors('release-package', first.body)).toEqual([]);
    expect(first.body).toMatchObject({
      uri: `${BASE}/api/v1/ocds/releases?limit=10&minPosition=${head}&maxWaitMs=60000`,
      publisher: { name: 'Civil Affairs Bureau', scheme: 'CN-USCC', uid: '11110000000000000X' },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      publicationPolicy: 'https://open.ledger.example.gov/policy',
      version: '1.1',
    });
    expect(first.body.releases).toHaveLength(10);
    expect(first.body.releases[0].ocid).toBe(ocid(PROGRAMME.tenders.amended));
    const ids: string[] = first.body.releases.map((r: { id: string }) => r.id);
    let next: string | undefined = first.body.links?.next;
    while (next !== undefined) {
      expect(next.startsWith(`${BASE}/api/v1/ocds/releases?`)).toBe(true);
      const page = await get(next.slice(BASE.length));
      expect(page.status).toBe(200);
      expect(ocdsValidator().errors('release-package', page.body)).toEqual([]);
      ids.push(...page.body.releases.map((r: { id: string }) => r.id));
      next = page.body.links?.next;
    }
    const all = await get('/api/v1/ocds/releases?limit=500');
    expect(ids).toEqual(all.body.releases.map((r: { id: string }) => r.id));
    expect(all.body.links).toBeUndefined();
    // A consumer's own cursor: nothing after the head, and an empty package says so.
    const none = await get(`/api/v1/ocds/releases?sincePosition=${head}`);
    expect(none.status).toBe(200);
    expect(none.body.releases).toEqual([]);
  }, 90_000);

  it('answers one valid record package per ocid, 404 for an unknown or never public one, 400 for a malformed one', async () => {
    const res = await get(`/api/v1/ocds/records/${ocid(PROGRAMME.tenders.amended)}`);
    expect(res.status).toBe(200);
    expect(ocdsValidator().errors('record-package', res.body)).toEqual([]);
    expect(res.body.records).toHaveLength(1);
    expect(res.body.records[0].compiledRelease).toMatchObject({
      tag: ['compiled'],
      tender: { status: 'complete' },
    });
    expectProblem(
      await get(`/api/v1/ocds/records/${ocid(PROGRAMME.tenders.draftOnly)}`),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await get(`/api/v1/ocds/records/${ocid('0190e000-0000-7000-8000-00000000dead')}`),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await get(`/api/v1/ocds/records/ocds-ledger-${PROGRAMME.tenders.amended}`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await get('/api/v1/ocds/records/ocds-abc123-not-a-tender'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses a bad cursor, date or position with 400 problem+json', async () => {
    expectProblem(await get('/api/v1/ocds/releases?cursor=garbage'), 400, 'VALIDATION_FAILED');
    expectProblem(await get('/api/v1/ocds/releases?from=yesterday'), 400, 'VALIDATION_FAILED');
    expectProblem(
      await get('/api/v1/ocds/releases?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z'),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await get('/api/v1/ocds/releases?sincePosition=-3'), 400, 'VALIDATION_FAILED');
    expectProblem(await get('/api/v1/ocds/releases?limit=501'), 400, 'VALIDATION_FAILED');
    expectProblem(await get('/api/v1/ocds/bulk?format=xml'), 400, 'VALIDATION_FAILED');
  });

  it('streams every release as one valid package, or as JSON Lines', async () => {
    const all = (await get('/api/v1/ocds/releases?limit=500')).body.releases;
    const json = await get('/api/v1/ocds/bulk').buffer(true);
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['content-disposition']).toBe('attachment; filename="releases.json"');
    const pkg = JSON.parse(json.text);
    expect(ocdsValidator().errors('release-package', pkg)).toEqual([]);
    expect(pkg.releases).toEqual(all);
    expect(pkg.publishedDate).toBe(all.at(-1).date);
    const lines = await get('/api/v1/ocds/bulk?format=jsonl').buffer(true);
    expect(lines.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const parsed = lines.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(parsed).toEqual(all);
    for (const release of parsed) expect(ocdsValidator().errors('release', release)).toEqual([]);
    const since = await get(`/api/v1/ocds/bulk?format=jsonl&sincePosition=${head}`).buffer(true);
    expect(since.text).toBe('');
  });

  it('is in the OpenAPI document with response schemas', async () => {
    const doc = (await get('/docs-json')).body;
    for (const route of [
      '/api/v1/ocds/releases',
      '/api/v1/ocds/records/{ocid}',
      '/api/v1/ocds/bulk',
    ]) {
      const op = doc.paths[route]?.get;
      expect(op).toBeDefined();
      expect(JSON.stringify(op.responses['200'].content)).toMatch(/"schema"/);
    }
    expect(doc.paths['/api/v1/ocds/records/{ocid}'].get.responses['404']).toBeDefined();
  });
});
