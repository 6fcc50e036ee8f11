import type { TransparencyLog } from '@contract-ledger/application';
import type { EventMetadata, EventStore } from '@contract-ledger/event-store';
import {
  generateCosignerKey,
  openNote,
  parseCheckpoint,
  parseCosignerKey,
  parseNote,
  parseVerifierKey,
  uuidv7,
} from '@contract-ledger/event-store';
import http from 'node:http';
import { EventFeedService } from '../src/events/event-feed.service';
import { TRANSPARENCY_LOG } from '../src/transparency/log.controller';
import { startLedger, type LedgerApp } from './support/ledger';

interface SseMessage {
  readonly id: string;
  readonly event: string;
  readonly data: {
    position: number;
    stream: string;
    revision?: number;
    type: string;
    data: Record<string, unknown>;
    hash: string;
    metadata: Record<string, unknown>;
    redacted?: string[];
  };
}

/** A Server-Sent Events client over plain HTTP, as a downstream consumer would write one. */
class SseClient {
  readonly messages: SseMessage[] = [];
  /** `event: checkpoint` messages: the transparency log's signed checkpoints. */
  readonly checkpoints: { id?: string; data: { size: number; note: string; key: string } }[] = [];
  /** The id of the last message with one: what EventSource sends back as Last-Event-ID. */
  lastId: string | undefined;
  readonly comments: string[] = [];
  status = 0;
  headers: http.IncomingHttpHeaders = {};
  ended = false;
  private buffer = '';
  private request: http.ClientRequest | undefined;
  private waiters: (() => void)[] = [];

  static open(
    base: string,
    path: string,
    headers: Record<string, string> = {},
  ): Promise<SseClient> {
    const client = new SseClient();
    return new Promise((resolve, reject) => {
      client.request = http.get(
        `${base}${path}`,
        { headers: { Accept: 'text/event-stream', ...headers } },
        (res) => {
          client.status = res.statusCode ?? 0;
          client.headers = res.headers;
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => client.feed(chunk));
          res.on('end', () => {
            client.ended = true;
            client.notify();
          });
          resolve(client);
        },
      );
      client.request.on('error', (error) => (client.ended ? undefined : reject(error)));
    });
  }

  private feed(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
        const colon = line.indexOf(':');
        if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 1).replace(/^ /, '');
      }
      if (fields['id'] !== undefined) this.lastId = fields['id'];
      if (fields['event'] === 'checkpoint') {
        this.checkpoints.push({
          ...(fields['id'] === undefined ? {} : { id: fields['id'] }),
          data: JSON.parse(fields['data']!),
        });
      } else if (fields['data'] !== undefined) {
        this.messages.push({
          id: fields['id']!,
          event: fields['event']!,
          data: JSON.parse(fields['data']),
        });
      }
    }
    this.notify();
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  async until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for ${what}; got ${this.messages.map((m) => m.id).join(',')}`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  close(): void {
    this.ended = true;
    this.request?.destroy();
  }
}

/** The event position a message id names (`<position>` or `<position>:<checkpoint size>`). */
const positionOf = (messageId: string) => Number(messageId.split(':')[0]);

const id = (n: number) => `0190f000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const AGENCY_A = id(0xa1);
const AGENCY_B = id(0xa2);
const SUPPLIER_S = id(0x51);
const SUPPLIER_T = id(0x52);
const LINE = id(0xb1);
const TENDER = id(0x71);
const [BID_S, BID_T] = [id(0xb5), id(0xb6)];
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const DIGEST_S = 'd'.repeat(64);
const DIGEST_T = 'e'.repeat(64);
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9)).toISOString();

const meta = (): EventMetadata => ({
  actor: id(0x99),
  role: 'test',
  correlationId: uuidv7(),
  causationId: uuidv7(),
  commandId: uuidv7(),
  occurredAt: at(1),
});
const ev = (type: string, data: object) => ({ type, data, metadata: meta() });

/** A small market: agency A's budget line and tender with two sealed bids, then the opening; agency B's line. */
async function seed(store: EventStore): Promise<void> {
  await store.append(
    `supplier-${SUPPLIER_S}`,
    [
      ev('SupplierRegistered', {
        supplierId: SUPPLIER_S,
        kind: 'enterprise',
        name: 'S',
        registrationNumber: 'R1',
        registeredAt: at(1),
      }),
    ],
    { expectedRevision: 'any' },
  );
  await store.append(
    `budget-${LINE}`,
    [
      ev('BudgetLineOpened', {
        budgetLineId: LINE,
        agencyId: AGENCY_A,
        fiscalYear: 2026,
        category: 'elderly_care',
        allocated: cny(1_000_000_00),
        openedAt: at(1),
      }),
    ],
    { expectedRevision: 'any' },
  );
  await store.append(
    `budget-${id(0xb2)}`,
    [
      ev('BudgetLineOpened', {
        budgetLineId: id(0xb2),
        agencyId: AGENCY_B,
        fiscalYear: 2026,
        category: 'waste',
        allocated: cny(5_00),
        openedAt: at(1),
      }),
    ],
    { expectedRevision: 'any' },
  );
  await store.append(
    `tender-${TENDER}`,
    [
      ev('TenderDrafted', {
        tenderId: TENDER,
        agencyId: AGENCY_A,
        budgetLineId: LINE,
        method: 'open',
        title: 'Home care',
        serviceCategory: 'elderly_care',
        estimatedValue: cny(500_000_00),
        criteria: [],
        eligibility: { minRating: null, supplierKinds: [], invitedSupplierIds: [] },
        contractType: 'core_long_term',
        paymentModel: 'outcome_based',
        directCommission: null,
        draftedAt: at(1),
      }),
      ev('TenderPublished', {
        tenderId: TENDER,
        deadline: at(20),
        submissionDays: 19,
        publishedAt: at(1),
      }),
    ],
    { expectedRevision: 'any' },
  );
  await store.append(
    `budget-${LINE}`,
    [
      ev('FundsReserved', {
        budgetLineId: LINE,
        tenderId: TENDER,
        amount: cny(500_000_00),
        reservedAt: at(1),
      }),
    ],
    { expectedRevision: 'any' },
  );
  await store.append(
    `tender-${TENDER}`,
    [
      ev('BidSubmitted', {
        tenderId: TENDER,
        bidId: BID_S,
        supplierId: SUPPLIER_S,
        price: cny(450_000_00),
        proposalDigest: DIGEST_S,
        submittedAt: at(5),
      }),
      ev('BidSubmitted', {
        tenderId: TENDER,
        bidId: BID_T,
        supplierId: SUPPLIER_T,
        price: cny(470_000_00),
        proposalDigest: DIGEST_T,
        submittedAt: at(6),
      }),
    ],
    { expectedRevision: 'any' },
  );
}

const opening = () =>
  ev('BidsOpened', {
    tenderId: TENDER,
    openedBidIds: [BID_S, BID_T],
    lapsedBidIds: [],
    openedBids: [
      { bidId: BID_S, supplierId: SUPPLIER_S, price: cny(450_000_00), proposalDigest: DIGEST_S },
      { bidId: BID_T, supplierId: SUPPLIER_T, price: cny(470_000_00), proposalDigest: DIGEST_T },
    ],
    openedAt: at(21),
  });

describe('GET /api/v1/events (Server-Sent Events)', () => {
  let ledger: LedgerApp;
  let base: string;
  const clients: SseClient[] = [];
  const open = async (path: string, headers: Record<string, string> = {}) => {
    const client = await SseClient.open(base, path, headers);
    clients.push(client);
    return client;
  };
  const as = (claims: object) => ({ Authorization: ledger.bearer({ sub: uuidv7(), ...claims }) });
  const snapshot = async (headers: Record<string, string> = {}, query = '') => {
    const client = await open(`/api/v1/events?live=false${query}`, headers);
    await client.until(() => client.ended, 'the end of the snapshot');
    return client.messages;
  };

  beforeAll(async () => {
    ledger = await startLedger();
    await ledger.app.listen({ port: 0, host: '127.0.0.1' });
    const address = ledger.app.getHttpServer().address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    base = `http://127.0.0.1:${address.port}`;
    await seed(ledger.store);
  }, 30_000);

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  afterAll(() => ledger.close());

  it('answers text/event-stream with id = position, event = type and the envelope as data', async () => {
    const client = await open('/api/v1/events?live=false', as({ role: 'auditor' }));
    await client.until(() => client.ended, 'the end');
    expect(client.status).toBe(200);
    expect(client.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(client.headers['x-correlation-id']).toEqual(expect.any(String));
    const head = (await ledger.store.head()).position;
    expect(client.messages.map((m) => positionOf(m.id))).toEqual(
      Array.from({ length: head }, (_, i) => i + 1),
    );
    for (const m of client.messages) {
      expect(m.data.position).toBe(positionOf(m.id));
      expect(m.event).toBe(m.data.type);
    }
  });

  it('catches up then goes live, and a resume with Last-Event-ID continues with no gap and no duplicate', async () => {
    const first = await open('/api/v1/events?fromPosition=2', as({ role: 'auditor' }));
    const head = (await ledger.store.head()).position;
    await first.until(() => first.messages.length === head - 1, 'the catch-up');
    await ledger.store.append(
      `supplier-${SUPPLIER_T}`,
      [
        ev('SupplierRegistered', {
          supplierId: SUPPLIER_T,
          kind: 'enterprise',
          name: 'T',
          registrationNumber: 'R2',
          registeredAt: at(2),
        }),
      ],
      { expectedRevision: 'any' },
    );
    await first.until(() => first.messages.length === head, 'the live event');
    expect(first.messages.at(-1)!.event).toBe('SupplierRegistered');
    const lastSeen = first.messages.at(-1)!.id;
    first.close();

    // Written while nobody listened; the resume (fromPosition repeated, as EventSource does) must start after lastSeen.
    await ledger.store.append(
      `supplier-${SUPPLIER_T}`,
      [
        ev('DebarmentProposed', {
          supplierId: SUPPLIER_T,
          proposalId: id(0xd1),
          grounds: 'late',
          evidenceEventIds: [],
          proposedAt: at(3),
        }),
      ],
      { expectedRevision: 'any' },
    );
    const second = await open('/api/v1/events?fromPosition=2', {
      ...as({ role: 'auditor' }),
      'Last-Event-ID': lastSeen,
    });
    await second.until(() => second.messages.length === 1, 'the event missed while away');
    await ledger.store.append(
      `supplier-${SUPPLIER_T}`,
      [
        ev('DebarmentLifted', {
          supplierId: SUPPLIER_T,
          debarmentId: id(0xd2),
          reason: 'appeal',
          liftedAt: at(4),
        }),
      ],
      { expectedRevision: 'any' },
    );
    await second.until(() => second.messages.length === 2, 'the next live event');
    const positions = [...first.messages, ...second.messages].map((m) => positionOf(m.id));
    expect(positions).toEqual(Array.from({ length: positions.length }, (_, i) => i + 2));
  });

  it('withholds sealed bids (who, price, digest, the actor) from every role but the auditor and the bidder, and reveals them with BidsOpened', async () => {
    const bidsOf = (messages: SseMessage[]) => messages.filter((m) => m.event === 'BidSubmitted');

    const auditor = bidsOf(await snapshot(as({ role: 'auditor' })));
    expect(auditor.map((m) => m.data.data['price'])).toEqual([cny(450_000_00), cny(470_000_00)]);
    expect(auditor.every((m) => m.data.redacted === undefined)).toBe(true);

    for (const claims of [{ role: 'supervisor' }, { role: 'agency_officer', agencyId: AGENCY_A }]) {
      const bids = bidsOf(await snapshot(as(claims)));
      expect(bids).toHaveLength(2);
      for (const m of bids) {
        expect(m.data.data).not.toHaveProperty('price');
        expect(m.data.data).not.toHaveProperty('proposalDigest');
        // Bidder identities are sealed too, in the data and in the actor (docs/adr/0006, decision 6).
        expect(m.data.data).not.toHaveProperty('supplierId');
        expect(m.data.metadata).not.toHaveProperty('actor');
        expect(JSON.stringify(m.data)).not.toContain(SUPPLIER_S);
        expect(JSON.stringify(m.data)).not.toContain(SUPPLIER_T);
        expect(m.data.redacted).toEqual(
          expect.arrayContaining(['supplierId', 'price', 'proposalDigest', 'metadata.actor']),
        );
        // The request ids link the withheld author's other requests (a question, another bid):
        // withheld with the author.
        for (const field of ['correlationId', 'causationId', 'commandId'])
          expect([field, m.data.metadata[field]]).toEqual([field, undefined]);
        expect(m.data.redacted).toEqual(
          expect.arrayContaining([
            'metadata.correlationId',
            'metadata.causationId',
            'metadata.commandId',
          ]),
        );
      }
    }

    // The bidder sees its own bid whole and nobody else's bid at all.
    const supplier = bidsOf(await snapshot(as({ role: 'supplier', supplierId: SUPPLIER_S })));
    expect(supplier.map((m) => [m.data.data['bidId'], m.data.data['price']])).toEqual([
      [BID_S, cny(450_000_00)],
    ]);

    await ledger.store.append(`tender-${TENDER}`, [opening()], { expectedRevision: 'any' });
    const opened = (await snapshot(as({ role: 'supervisor' }))).find(
      (m) => m.event === 'BidsOpened',
    )!;
    expect(opened.data.data['openedBids']).toEqual([
      { bidId: BID_S, supplierId: SUPPLIER_S, price: cny(450_000_00), proposalDigest: DIGEST_S },
      { bidId: BID_T, supplierId: SUPPLIER_T, price: cny(470_000_00), proposalDigest: DIGEST_T },
    ]);
    // The stored event's hash, unchanged by the redaction: auditors verify against the store.
    const stored = (await ledger.store.readStream(`tender-${TENDER}`)).find(
      (e) => e.type === 'BidSubmitted',
    )!;
    expect(bidsOf(await snapshot(as({ role: 'supervisor' })))[0]!.data.hash).toBe(stored.hash);
  });

  it("filters by role: the public gets public events only, an officer its agency's streams, a supplier its own", async () => {
    const types = (messages: SseMessage[]) => [...new Set(messages.map((m) => m.event))].sort();

    const anonymous = await snapshot();
    expect(
      types(anonymous).every((t) =>
        ['TenderPublished', 'BidsOpened', 'DebarmentLifted'].includes(t),
      ),
    ).toBe(true);
    expect(types(anonymous)).toContain('TenderPublished');
    expect(
      anonymous.some(
        (m) =>
          m.event === 'BidSubmitted' ||
          m.event === 'TenderDrafted' ||
          m.event === 'BudgetLineOpened',
      ),
    ).toBe(false);

    const officerA = await snapshot(as({ role: 'agency_officer', agencyId: AGENCY_A }));
    const lines = officerA
      .filter((m) => m.event === 'BudgetLineOpened')
      .map((m) => m.data.data['agencyId']);
    expect(lines).toEqual([AGENCY_A]);
    expect(types(officerA)).toEqual(
      expect.arrayContaining(['TenderDrafted', 'FundsReserved', 'BidSubmitted']),
    );
    expect(officerA.some((m) => m.event === 'SupplierRegistered')).toBe(false);

    const officerB = await snapshot(as({ role: 'agency_officer', agencyId: AGENCY_B }));
    expect(
      officerB.filter((m) => m.event === 'BudgetLineOpened').map((m) => m.data.data['agencyId']),
    ).toEqual([AGENCY_B]);
    expect(
      officerB.some(
        (m) =>
          m.event === 'TenderDrafted' || m.event === 'BidSubmitted' || m.event === 'FundsReserved',
      ),
    ).toBe(false);

    const supplierT = await snapshot(as({ role: 'supplier', supplierId: SUPPLIER_T }));
    expect(
      supplierT
        .filter((m) => m.data.data['supplierId'] !== undefined && m.event !== 'BidsOpened')
        .every((m) => m.data.data['supplierId'] === SUPPLIER_T || m.event === 'DebarmentLifted'),
    ).toBe(true);
    expect(
      supplierT.some((m) => m.event === 'BidSubmitted' && m.data.data['bidId'] === BID_S),
    ).toBe(false);

    // A tender's revision counts its sealed events too: withheld on its events but for oversight.
    const tenderEvents = (messages: SseMessage[]) =>
      messages.filter((m) => m.data.stream.startsWith('tender-'));
    for (const messages of [anonymous, officerA, supplierT]) {
      expect(tenderEvents(messages).length).toBeGreaterThan(0);
      for (const m of tenderEvents(messages)) {
        expect(m.data.revision).toBeUndefined();
        expect(m.data.redacted).toContain('revision');
      }
    }
    const supervisor = await snapshot(as({ role: 'supervisor' }));
    expect(tenderEvents(supervisor).every((m) => typeof m.data.revision === 'number')).toBe(true);
    expect(
      officerA
        .filter((m) => m.event === 'BudgetLineOpened')
        .every((m) => typeof m.data.revision === 'number'),
    ).toBe(true);
  });

  it('narrows by types and stream prefix, and refuses bad parameters with a problem before streaming', async () => {
    const only = await snapshot(
      as({ role: 'auditor' }),
      `&types=BudgetLineOpened,FundsReserved&stream=budget-${LINE}`,
    );
    expect(only.map((m) => m.event)).toEqual(['BudgetLineOpened', 'FundsReserved']);

    for (const query of ['fromPosition=-1', 'types=NoSuchEvent', 'stream=a%20b', 'live=maybe']) {
      const res = await ledger.http().get(`/api/v1/events?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const res = await ledger.http().get('/api/v1/events').set('Last-Event-ID', 'x');
    expect(res.body.errors).toEqual([{ field: 'Last-Event-ID', messages: [expect.any(String)] }]);
  });

  it('sends every stored checkpoint from the first, in ascending size, then each new one as it is stored; ids carry the last checkpoint size', async () => {
    const supervisor = ledger.bearer({ sub: uuidv7(), role: 'supervisor' });
    const takeCheckpoint = async () =>
      (
        await ledger
          .http()
          .post('/api/v1/log/checkpoints')
          .set('Authorization', supervisor)
          .expect(201)
      ).body as { size: number; note: string };
    const first = await takeCheckpoint();
    const client = await open('/api/v1/events', as({ role: 'auditor' }));
    await client.until(
      () => client.checkpoints.some((c) => c.data.size === first.size),
      'the checkpoints so far',
    );
    // The scheduler may have taken earlier ones: the stream starts with all of them, ascending.
    const stored = (await ledger.http().get('/log/checkpoints')).body.items as { size: number }[];
    expect(client.checkpoints.map((c) => c.data.size)).toEqual(stored.map((c) => c.size));
    expect(client.checkpoints.at(-1)!.data.note).toBe(first.note);
    expect(client.checkpoints.at(-1)!.id).toBe(`0:${first.size}`);
    const key = parseVerifierKey((await ledger.http().get('/log/keys')).body.keys[0].key);
    expect(parseCheckpoint(openNote(client.checkpoints.at(-1)!.data.note, [key]).text).size).toBe(
      first.size,
    );
    await client.until(() => client.messages.length === first.size, 'the catch-up');
    expect(client.messages.at(-1)!.id).toBe(`${first.size}:${first.size}`);
    const append = () =>
      ledger.store.append(
        `supplier-${SUPPLIER_T}`,
        [
          ev('SupplierRegistered', {
            supplierId: SUPPLIER_T,
            kind: 'enterprise',
            name: 'T',
            registrationNumber: 'R2',
            registeredAt: at(2),
          }),
        ],
        { expectedRevision: 'any' },
      );
    // Two checkpoints between two looks of the feed: both are sent, in order.
    await append();
    const second = await takeCheckpoint();
    await append();
    const third = await takeCheckpoint();
    expect([second.size, third.size]).toEqual([first.size + 1, first.size + 2]);
    await client.until(
      () => client.checkpoints.some((c) => c.data.size === third.size),
      'the new checkpoints',
      15_000,
    );
    expect(client.checkpoints.slice(-2).map((c) => c.data.note)).toEqual([second.note, third.note]);
    expect(client.checkpoints.map((c) => c.data.size)).toEqual(
      [...new Set(client.checkpoints.map((c) => c.data.size))].sort((a, b) => a - b),
    );
    // The public feed delivers only public events but every checkpoint; a snapshot from a position
    // starts with the checkpoint before it.
    const snap = await open(`/api/v1/events?live=false&fromPosition=${second.size + 1}`);
    await snap.until(() => snap.ended, 'the end of the snapshot');
    expect(snap.checkpoints.map((c) => c.data.size)).toEqual([second.size, third.size]);
    client.close();
    const feeds = ledger.app.get(EventFeedService);
    const deadline = Date.now() + 5_000;
    while (feeds.openCount > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
  });

  it("withholds the author of a question, and the request ids that would link it to the author's bids, from the public and the buying officer", async () => {
    const question = {
      type: 'QuestionAsked',
      data: {
        tenderId: TENDER,
        questionId: id(0x9a),
        supplierId: SUPPLIER_T,
        question: 'Consortia?',
        askedAt: at(3),
      },
      metadata: { ...meta(), role: 'supplier', scope: `supplier:${SUPPLIER_T}` },
    };
    await ledger.store.append(`tender-${TENDER}`, [question], { expectedRevision: 'any' });
    const asked = (messages: SseMessage[]) => messages.find((m) => m.event === 'QuestionAsked')!;
    for (const headers of [{}, as({ role: 'agency_officer', agencyId: AGENCY_A })]) {
      const m = asked(await snapshot(headers));
      expect(m.data.data['question']).toBe('Consortia?');
      expect(JSON.stringify(m.data)).not.toContain(SUPPLIER_T);
      for (const field of ['actor', 'scope', 'correlationId', 'causationId', 'commandId'])
        expect([field, m.data.metadata[field]]).toEqual([field, undefined]);
    }
    const auditor = asked(await snapshot(as({ role: 'auditor' })));
    expect(auditor.data.metadata).toMatchObject({
      correlationId: question.metadata.correlationId,
      causationId: question.metadata.causationId,
      commandId: question.metadata.commandId,
    });
  });

  it('frees the subscription when the client disconnects', async () => {
    const feeds = ledger.app.get(EventFeedService);
    const before = feeds.openCount;
    const client = await open('/api/v1/events', as({ role: 'auditor' }));
    await client.until(() => client.messages.length > 0, 'the catch-up');
    expect(feeds.openCount).toBe(before + 1);
    client.close();
    const deadline = Date.now() + 5_000;
    while (feeds.openCount !== before && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(feeds.openCount).toBe(before);
  });
});

describe('GET /api/v1/events: checkpoints with LEDGER_WITNESS_REQUIRED=1', () => {
  const witness = parseCosignerKey(generateCosignerKey('feed-witness.example'));
  let ledger: LedgerApp;
  let base: string;
  let log: TransparencyLog;
  const clients: SseClient[] = [];
  const probe = (n: number) =>
    ledger.store.append(
      `probe-${uuidv7()}`,
      Array.from({ length: n }, (_, i) => ev('Probed', { i })),
      { expectedRevision: 'no_stream' },
    );
  const cosign = async (checkpoint: { size: number; note: string }) => {
    const { text } = parseNote(checkpoint.note);
    const line = witness.cosign(text, Math.floor(Date.now() / 1000));
    expect(await log.addCosignature(checkpoint.size, line)).toMatchObject({ ok: true });
  };
  const auditor = () => ({ Authorization: ledger.bearer({ sub: uuidv7(), role: 'auditor' }) });
  const open = async (path: string, headers: Record<string, string>) => {
    const client = await SseClient.open(base, path, headers);
    clients.push(client);
    return client;
  };
  const sizes = (client: SseClient) => client.checkpoints.map((c) => c.data.size);

  beforeAll(async () => {
    ledger = await startLedger({
      env: {
        LEDGER_WITNESS_KEYS: witness.key,
        LEDGER_WITNESS_REQUIRED: '1',
        LEDGER_CHECKPOINT_EVERY_EVENTS: '0',
        LEDGER_CHECKPOINT_EVERY_SECONDS: '0',
      },
    });
    log = ledger.app.get<TransparencyLog>(TRANSPARENCY_LOG);
    await ledger.app.listen({ port: 0, host: '127.0.0.1' });
    const address = ledger.app.getHttpServer().address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    base = `http://127.0.0.1:${address.port}`;
  }, 30_000);

  afterAll(async () => {
    for (const client of clients) client.close();
    await ledger.close();
  });

  it('sends every checkpoint as it becomes final, in order; a resume with Last-Event-ID gets one cosigned while away, even below the last event', async () => {
    await probe(5);
    const c5 = await log.checkpoint();
    await cosign(c5);
    const client = await open('/api/v1/events', auditor());
    await client.until(() => client.messages.length === 5, 'the catch-up', 15_000);
    expect(sizes(client)).toEqual([5]);
    expect(client.messages.map((m) => m.id)).toEqual(['1:5', '2:5', '3:5', '4:5', '5:5']);

    // Two checkpoints cosigned within one look: both are sent, in order.
    await probe(3);
    const c8 = await log.checkpoint();
    await probe(2);
    const c10 = await log.checkpoint();
    await cosign(c8);
    await cosign(c10);
    // Not cosigned: not final, never sent.
    await probe(2);
    const c12 = await log.checkpoint();
    await probe(2);
    await client.until(
      () => client.messages.length === 14 && sizes(client).includes(10),
      'the events and the cosigned checkpoints',
      15_000,
    );
    await new Promise((r) => setTimeout(r, 1_500));
    expect(sizes(client)).toEqual([5, 8, 10]);
    for (const c of client.checkpoints.slice(1))
      expect(parseNote(c.data.note).signatures.map((sig) => sig.name)).toEqual([
        'contract-ledger.local/log',
        'feed-witness.example',
      ]);
    const resumeFrom = client.lastId!;
    expect(resumeFrom).toBe('14:10');
    client.close();

    // While nobody listens: the checkpoint at 12 (below the last event delivered, 14) becomes
    // final, and a new one at 15.
    await cosign(c12);
    await probe(1);
    await cosign(await log.checkpoint());
    const resumed = await open('/api/v1/events?fromPosition=1', {
      ...auditor(),
      'Last-Event-ID': resumeFrom,
    });
    await resumed.until(
      () => resumed.messages.length === 1 && sizes(resumed).includes(15),
      'the resume',
      15_000,
    );
    // 10 again (the resume point, with any cosignature added since), then the two it missed.
    expect(sizes(resumed)).toEqual([10, 12, 15]);
    expect(resumed.messages.map((m) => m.id)).toEqual(['15:15']);

    // A new subscriber from the start gets every final checkpoint.
    const fresh = await open('/api/v1/events?live=false', auditor());
    await fresh.until(() => fresh.ended, 'the snapshot', 15_000);
    expect(sizes(fresh)).toEqual([5, 8, 10, 12, 15]);
  });

  it('refuses a Last-Event-ID that is not <position> or <position>:<size>', async () => {
    for (const bad of ['1:', ':1', '1:2:3', '-1:2', '1:x']) {
      const res = await ledger.http().get('/api/v1/events').set('Last-Event-ID', bad);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'Last-Event-ID', messages: [expect.any(String)] }]);
    }
  });
});

describe('GET /api/v1/events and shutdown', () => {
  it('ends open feeds cleanly when the app closes, instead of holding the server open', async () => {
    const ledger = await startLedger();
    await ledger.app.listen({ port: 0, host: '127.0.0.1' });
    const address = ledger.app.getHttpServer().address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    const client = await SseClient.open(`http://127.0.0.1:${address.port}`, '/api/v1/events');
    await client.until(() => client.status === 200, 'the stream');
    const started = Date.now();
    await ledger.close();
    await client.until(() => client.ended, 'the server to end the stream');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
