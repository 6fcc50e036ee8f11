import type { Decider } from '@contract-ledger/domain';
import {
  EventIdConflictError,
  EventNotSerializableError,
  InvalidAppendError,
  InvalidExpectedRevisionError,
  InvalidStreamNameError,
  PayloadTooLargeError,
  WrongExpectedRevisionError,
} from '../errors';
import { handleCommand } from '../handle-command';
import { GENESIS_HASH } from '../hash-chain';
import type { EventStoreOptions } from '../memory-event-store';
import type { EventMetadata, EventStore, NewEvent, RecordedEvent } from '../types';
import { UpcasterRegistry } from '../upcasting';
import { uuidv7 } from '../uuid';

/** Direct writes to the adapter's storage, bypassing the store, as an attacker with database access would. */
export interface TamperHooks {
  editData(position: number, data: unknown): Promise<void>;
  deleteRow(position: number): Promise<void>;
  /** Exchange the positions of two stored rows. */
  swapRows(a: number, b: number): Promise<void>;
}

export interface ContractSubject {
  readonly store: EventStore;
  readonly tamper: TamperHooks;
  /** Closes the store and removes what the factory created (file, schema). */
  dispose(): Promise<void>;
}

/** Builds a fresh, empty store for every test. */
export type ContractFactory = (options: EventStoreOptions) => Promise<ContractSubject>;

const metadata: EventMetadata = {
  actor: 'user-1',
  role: 'procurement-officer',
  scope: 'agency:a-1',
  correlationId: 'corr-1',
  commandId: 'cmd-1',
  occurredAt: '2026-11-26T10:00:00.000Z',
};

const event = (
  type: string,
  data: unknown = { n: 1 },
  extra: Partial<NewEvent> = {},
): NewEvent => ({ type, data, metadata, ...extra });

/** About 300 bytes of JSON, like a real procurement event. */
const payload = (n: number): unknown => ({
  n,
  tenderId: '0190f3c2-7a1b-7c3d-8e4f-123456789abc',
  title: `Cleaning services for public schools, lot ${n}`,
  amount: { amountMinor: 125_000_00 + n, currency: 'EUR' },
  note: 'Ünïcödé ✓ and "quotes" \\ backslash',
});

async function expectRejected<T extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => T,
): Promise<T> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof type))
    throw new Error(
      `Expected ${type.name}, got ${error === undefined ? 'success' : String(error)}`,
    );
  return error;
}

async function collect(
  iterable: AsyncIterable<RecordedEvent>,
  count: number,
): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  if (count === 0) return out;
  for await (const e of iterable) {
    out.push(e);
    if (out.length >= count) break;
  }
  return out;
}

type CounterEvent = { type: 'Incremented'; data: { by: number } };
type CounterCommand = { type: 'Increment'; data: { by: number; max?: number } };
const counter: Decider<number, CounterCommand, CounterEvent> = {
  initialState: () => 0,
  evolve: (state, e) => state + e.data.by,
  decide: (command, state) =>
    command.data.max !== undefined && state + command.data.by > command.data.max
      ? []
      : [{ type: 'Incremented', data: { by: command.data.by } }],
};

export function describeEventStoreContract(name: string, factory: ContractFactory): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: EventStore;
    const extra: ContractSubject[] = [];

    beforeEach(async () => {
      subject = await factory({});
      store = subject.store;
    });
    afterEach(async () => {
      await subject.dispose();
      for (const s of extra.splice(0)) await s.dispose();
    });
    const withOptions = async (options: EventStoreOptions): Promise<EventStore> => {
      const s = await factory(options);
      extra.push(s);
      return s.store;
    };

    describe('append and read', () => {
      it('starts empty', async () => {
        expect(await store.head()).toEqual({ position: 0, hash: GENESIS_HASH });
        expect(await store.readAll()).toEqual([]);
        expect(await store.readStream('tender-1')).toEqual([]);
        expect(await store.streamRevision('tender-1')).toBe(0);
        expect(await store.verify()).toMatchObject({
          ok: true,
          checked: 0,
          headHash: GENESIS_HASH,
        });
      });

      it('records every field and reads it back from the stream and the global log', async () => {
        const result = await store.append(
          'tender-1',
          [
            event('TenderPublished', payload(1)),
            event('BidSubmitted', payload(2), { schemaVersion: 3 }),
          ],
          {
            expectedRevision: 'no_stream',
          },
        );
        expect(result.revision).toBe(2);
        expect(result.position).toBe(2);
        const [first, second] = result.events;
        expect(first).toMatchObject({
          position: 1,
          stream: 'tender-1',
          revision: 1,
          type: 'TenderPublished',
          schemaVersion: 1,
          data: payload(1),
          metadata,
          prevHash: GENESIS_HASH,
        });
        expect(second).toMatchObject({
          position: 2,
          revision: 2,
          type: 'BidSubmitted',
          schemaVersion: 3,
          prevHash: first!.hash,
        });
        expect(first!.eventId).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
        expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(new Date(first!.recordedAt).toISOString()).toBe(first!.recordedAt);
        expect(await store.readStream('tender-1')).toEqual(result.events);
        expect(await store.readAll()).toEqual(result.events);
        expect(await store.streamRevision('tender-1')).toBe(2);
        expect(await store.head()).toEqual({ position: 2, hash: second!.hash });
      });

      it('keeps a caller-supplied eventId', async () => {
        const eventId = uuidv7();
        const { events } = await store.append('s-1', [event('A', {}, { eventId })], {
          expectedRevision: 'any',
        });
        expect(events[0]!.eventId).toBe(eventId);
      });

      it('gives positions across streams in append order', async () => {
        await store.append('a-1', [event('A')], { expectedRevision: 'no_stream' });
        await store.append('b-1', [event('B'), event('B')], { expectedRevision: 'no_stream' });
        await store.append('a-1', [event('A')], { expectedRevision: 1 });
        const all = await store.readAll();
        expect(all.map((e) => [e.position, e.stream, e.revision])).toEqual([
          [1, 'a-1', 1],
          [2, 'b-1', 1],
          [3, 'b-1', 2],
          [4, 'a-1', 2],
        ]);
      });

      it('an append of no events writes nothing and reports the current revision', async () => {
        await store.append('s-1', [event('A')], { expectedRevision: 'any' });
        const result = await store.append('s-1', [], { expectedRevision: 1 });
        expect(result).toEqual({ revision: 1, position: 1, events: [] });
        await expectRejected(
          store.append('s-1', [], { expectedRevision: 0 }),
          WrongExpectedRevisionError,
        );
      });
    });

    describe('expected revision', () => {
      const seed = async (): Promise<void> => {
        await store.append('s-1', [event('A'), event('A')], { expectedRevision: 'no_stream' });
      };
      it.each([
        ['no_stream', 'new', true],
        ['no_stream', 'existing', false],
        ['exists', 'new', false],
        ['exists', 'existing', true],
        ['any', 'new', true],
        ['any', 'existing', true],
        [0, 'new', true],
        [0, 'existing', false],
        [2, 'existing', true],
        [1, 'existing', false],
        [3, 'existing', false],
      ] as const)(
        'expectedRevision %p on a %s stream: accepted = %p',
        async (expected, kind, accepted) => {
          if (kind === 'existing') await seed();
          const before = await store.head();
          const attempt = store.append('s-1', [event('B')], { expectedRevision: expected });
          if (accepted) {
            const result = await attempt;
            expect(result.revision).toBe(kind === 'existing' ? 3 : 1);
          } else {
            const error = await expectRejected(attempt, WrongExpectedRevisionError);
            expect(error).toMatchObject({
              code: 'WRONG_EXPECTED_REVISION',
              stream: 's-1',
              expected,
              actual: kind === 'existing' ? 2 : 0,
            });
            expect(await store.head()).toEqual(before);
          }
        },
      );
    });

    describe('appendMulti', () => {
      it('appends to several streams in one go, results in input order', async () => {
        const results = await store.appendMulti([
          {
            stream: 'contract-1',
            expectedRevision: 'no_stream',
            events: [event('ContractSigned')],
          },
          {
            stream: 'budget-1',
            expectedRevision: 'no_stream',
            events: [event('BudgetCommitted'), event('BudgetNoted')],
          },
        ]);
        expect(results.map((r) => [r.revision, r.position])).toEqual([
          [1, 1],
          [2, 3],
        ]);
        expect((await store.readAll()).map((e) => e.stream)).toEqual([
          'contract-1',
          'budget-1',
          'budget-1',
        ]);
        expect(await store.verify()).toMatchObject({ ok: true, checked: 3 });
      });

      it('one conflict and nothing is written', async () => {
        await store.append('budget-1', [event('BudgetOpened')], { expectedRevision: 'no_stream' });
        const before = await store.head();
        const error = await expectRejected(
          store.appendMulti([
            {
              stream: 'contract-1',
              expectedRevision: 'no_stream',
              events: [event('ContractSigned')],
            },
            { stream: 'budget-1', expectedRevision: 0, events: [event('BudgetCommitted')] },
          ]),
          WrongExpectedRevisionError,
        );
        expect(error).toMatchObject({ stream: 'budget-1', expected: 0, actual: 1 });
        expect(await store.head()).toEqual(before);
        expect(await store.streamRevision('contract-1')).toBe(0);
      });

      it('refuses the same stream twice in one call', async () => {
        await expectRejected(
          store.appendMulti([
            { stream: 's-1', expectedRevision: 'any', events: [event('A')] },
            { stream: 's-1', expectedRevision: 'any', events: [event('A')] },
          ]),
          InvalidAppendError,
        );
        expect((await store.head()).position).toBe(0);
      });
    });

    describe('idempotency by eventId', () => {
      it('a repeated append is not stored again and reports the original result', async () => {
        const events = [
          event('A', { n: 1 }, { eventId: uuidv7() }),
          event('A', { n: 2 }, { eventId: uuidv7() }),
        ];
        await store.append('other', [event('X')], { expectedRevision: 'any' });
        const original = await store.append('s-1', events, { expectedRevision: 'no_stream' });
        await store.append('other', [event('X')], { expectedRevision: 'any' });
        // The retry still says no_stream: it cannot know the revision its lost first attempt produced.
        const repeat = await store.append('s-1', events, { expectedRevision: 'no_stream' });
        expect(repeat).toEqual(original);
        expect(await store.streamRevision('s-1')).toBe(2);
        expect((await store.head()).position).toBe(4);
      });

      it('a repeat inside one appendMulti reports the original per stream', async () => {
        const appends = [
          {
            stream: 'a',
            expectedRevision: 'no_stream' as const,
            events: [event('A', {}, { eventId: uuidv7() })],
          },
          {
            stream: 'b',
            expectedRevision: 'no_stream' as const,
            events: [event('B', {}, { eventId: uuidv7() })],
          },
        ];
        const original = await store.appendMulti(appends);
        expect(await store.appendMulti(appends)).toEqual(original);
        expect((await store.head()).position).toBe(2);
      });

      it('concurrent repeats store the event once', async () => {
        const events = [event('A', {}, { eventId: uuidv7() })];
        const results = await Promise.all(
          Array.from({ length: 10 }, () =>
            store.append('s-1', events, { expectedRevision: 'any' }),
          ),
        );
        expect(new Set(results.map((r) => r.position))).toEqual(new Set([1]));
        expect((await store.head()).position).toBe(1);
      });

      it('refuses a mix of stored and new ids, and a stored id in another stream, writing nothing', async () => {
        const stored = event('A', {}, { eventId: uuidv7() });
        await store.append('s-1', [stored], { expectedRevision: 'any' });
        const mixed = await expectRejected(
          store.append('s-1', [stored, event('A', {}, { eventId: uuidv7() })], {
            expectedRevision: 'any',
          }),
          EventIdConflictError,
        );
        expect(mixed.code).toBe('EVENT_ID_CONFLICT');
        await expectRejected(
          store.append('s-2', [stored], { expectedRevision: 'any' }),
          EventIdConflictError,
        );
        expect((await store.head()).position).toBe(1);
      });
    });

    describe('reading', () => {
      beforeEach(async () => {
        for (let i = 1; i <= 5; i++) {
          await store.append('tender-1', [event(i % 2 ? 'Odd' : 'Even', { i })], {
            expectedRevision: 'any',
          });
          await store.append(`contract-${i}`, [event('ContractSigned', { i })], {
            expectedRevision: 'any',
          });
        }
      });
      const revisions = (events: readonly RecordedEvent[]): number[] =>
        events.map((e) => e.revision);
      const positions = (events: readonly RecordedEvent[]): number[] =>
        events.map((e) => e.position);

      it('readStream pages forwards and backwards', async () => {
        expect(revisions(await store.readStream('tender-1'))).toEqual([1, 2, 3, 4, 5]);
        expect(
          revisions(await store.readStream('tender-1', { fromRevision: 3, limit: 2 })),
        ).toEqual([3, 4]);
        expect(
          revisions(await store.readStream('tender-1', { fromRevision: 5, limit: 10 })),
        ).toEqual([5]);
        expect(revisions(await store.readStream('tender-1', { fromRevision: 6 }))).toEqual([]);
        expect(
          revisions(await store.readStream('tender-1', { direction: 'backwards', limit: 2 })),
        ).toEqual([5, 4]);
        expect(
          revisions(
            await store.readStream('tender-1', { direction: 'backwards', fromRevision: 3 }),
          ),
        ).toEqual([3, 2, 1]);
        expect(
          revisions(
            await store.readStream('tender-1', {
              direction: 'backwards',
              fromRevision: 2,
              limit: 5,
            }),
          ),
        ).toEqual([2, 1]);
        expect(await store.readStream('nobody')).toEqual([]);
      });

      it('readAll pages by position', async () => {
        expect(positions(await store.readAll({ fromPosition: 4, limit: 3 }))).toEqual([4, 5, 6]);
        expect(positions(await store.readAll({ fromPosition: 9 }))).toEqual([9, 10]);
        expect(positions(await store.readAll({ fromPosition: 2, toPosition: 4 }))).toEqual([
          2, 3, 4,
        ]);
        expect(await store.readAll({ fromPosition: 11 })).toEqual([]);
      });

      it('readAll filters by event type and stream prefix', async () => {
        expect(positions(await store.readAll({ filter: { types: ['Even'] } }))).toEqual([3, 7]);
        expect(
          positions(await store.readAll({ filter: { types: ['Even', 'Odd'] }, limit: 3 })),
        ).toEqual([1, 3, 5]);
        expect(positions(await store.readAll({ filter: { streamPrefix: 'contract-' } }))).toEqual([
          2, 4, 6, 8, 10,
        ]);
        expect(
          positions(await store.readAll({ filter: { streamPrefix: 'contract-', types: ['Odd'] } })),
        ).toEqual([]);
        expect(
          positions(
            await store.readAll({ fromPosition: 5, filter: { streamPrefix: 'tender-' }, limit: 2 }),
          ),
        ).toEqual([5, 7]);
      });

      it('readEventsById finds events by id in position order, leaving out unknown ids', async () => {
        const all = await store.readAll();
        const [second, fifth, ninth] = [all[1]!, all[4]!, all[8]!];
        const found = await store.readEventsById([
          ninth.eventId,
          second.eventId.toUpperCase(),
          '0190a2b4-0000-7000-8000-000000000000',
          'not-a-uuid',
          fifth.eventId,
          ninth.eventId,
        ]);
        expect(found).toEqual([second, fifth, ninth]);
        expect(await store.readEventsById([])).toEqual([]);
      });

      it('a stream prefix is matched literally, not as a pattern', async () => {
        await store.append('a%_b-1', [event('X')], { expectedRevision: 'any' });
        await store.append('aXYb-1', [event('X')], { expectedRevision: 'any' });
        expect(
          (await store.readAll({ filter: { streamPrefix: 'a%_b' } })).map((e) => e.stream),
        ).toEqual(['a%_b-1']);
      });
    });

    describe('subscribe', () => {
      it('catches up, then delivers live events, with no gap and no duplicate', async () => {
        for (let i = 0; i < 30; i++)
          await store.append(`s-${i % 3}`, [event('A', { i })], { expectedRevision: 'any' });
        const subscription = store.subscribe({ fromPosition: 1 });
        const received = collect(subscription, 60);
        // Live appends race the catch-up on purpose.
        const writers = Array.from({ length: 3 }, async (_, w) => {
          for (let i = 0; i < 10; i++)
            await store.append(`live-${w}`, [event('B', { i })], { expectedRevision: 'any' });
        });
        await Promise.all(writers);
        const events = await received;
        await subscription.stop();
        expect(events.map((e) => e.position)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      });

      it('starts from a position and applies the filter', async () => {
        await store.append('tender-1', [event('A'), event('B'), event('A')], {
          expectedRevision: 'any',
        });
        const subscription = store.subscribe({ fromPosition: 2, filter: { types: ['A'] } });
        const received = collect(subscription, 2);
        await store.append('contract-1', [event('B'), event('A')], { expectedRevision: 'any' });
        const events = await received;
        await subscription.stop();
        expect(events.map((e) => e.position)).toEqual([3, 5]);
      });

      it('stop() ends a subscription that is waiting for events', async () => {
        const subscription = store.subscribe();
        const done = collect(subscription, 10);
        await new Promise((resolve) => setTimeout(resolve, 20));
        await subscription.stop();
        expect(await done).toEqual([]);
      });
    });

    describe('hash chain', () => {
      const seed = async (count: number): Promise<void> => {
        for (let i = 1; i <= count; i++)
          await store.append(`s-${i % 3}`, [event('A', payload(i))], { expectedRevision: 'any' });
      };

      it('links every event to the previous one and verifies', async () => {
        await seed(10);
        const all = await store.readAll();
        all.forEach((e, i) => expect(e.prevHash).toBe(i === 0 ? GENESIS_HASH : all[i - 1]!.hash));
        expect(await store.verify()).toEqual({
          ok: true,
          from: 1,
          to: 10,
          checked: 10,
          headHash: all[9]!.hash,
        });
        expect(await store.verify(4, 7)).toEqual({
          ok: true,
          from: 4,
          to: 7,
          checked: 4,
          headHash: all[6]!.hash,
        });
      });

      it('reports a position beyond the head as missing', async () => {
        await seed(3);
        expect(await store.verify(1, 5)).toMatchObject({
          ok: false,
          position: 4,
          code: 'position_gap',
        });
      });

      it('names the position of an edited row', async () => {
        await seed(10);
        await subject.tamper.editData(6, { n: 999 });
        expect(await store.verify()).toMatchObject({
          ok: false,
          position: 6,
          code: 'hash_mismatch',
          checked: 5,
        });
        expect(await store.verify(1, 5)).toMatchObject({ ok: true });
        expect(await store.verify(7)).toMatchObject({ ok: true });
      });

      it('names the position of a deleted row', async () => {
        await seed(10);
        await subject.tamper.deleteRow(4);
        expect(await store.verify()).toMatchObject({
          ok: false,
          position: 4,
          code: 'position_gap',
        });
      });

      it('names the first position of two swapped rows', async () => {
        await seed(10);
        await subject.tamper.swapRows(3, 8);
        const result = await store.verify();
        expect(result).toMatchObject({ ok: false, position: 3 });
      });
    });

    describe('upcasting on read', () => {
      it('upgrades old schema versions through the registry, keeping the stored hash chain valid', async () => {
        const upcasters = new UpcasterRegistry()
          .register('BidSubmitted', 1, (e) => ({
            ...e,
            schemaVersion: 2,
            data: { ...(e.data as object), currency: 'EUR' },
          }))
          .register('BidSubmitted', 2, (e) => ({
            ...e,
            type: 'BidSubmitted',
            schemaVersion: 3,
            data: { bid: e.data },
          }));
        const upcasting = await withOptions({ upcasters });
        await upcasting.append(
          'tender-1',
          [
            event('BidSubmitted', { amount: 5 }),
            event('BidSubmitted', { amount: 6 }, { schemaVersion: 3 }),
          ],
          {
            expectedRevision: 'any',
          },
        );
        const [old, current] = await upcasting.readStream('tender-1');
        expect(old).toMatchObject({
          schemaVersion: 3,
          data: { bid: { amount: 5, currency: 'EUR' } },
        });
        expect(current).toMatchObject({ schemaVersion: 3, data: { amount: 6 } });
        expect((await upcasting.readAll())[0]).toEqual(old);
        expect(await upcasting.verify()).toMatchObject({ ok: true, checked: 2 });
      });
    });

    describe('bad input is refused with a typed error and nothing written', () => {
      const cycle: Record<string, unknown> = {};
      cycle['self'] = cycle;
      it.each([
        ['a function', { f: () => 1 }],
        ['a bigint', { n: BigInt(1) }],
        ['NaN', { n: Number.NaN }],
        ['Infinity', [Number.POSITIVE_INFINITY]],
        ['a cycle', cycle],
        ['a Map', { m: new Map() }],
        ['a Date object', { at: new Date(0) }],
        ['undefined in an array', [1, undefined]],
        ['undefined data', undefined],
      ])('data containing %s', async (_label, data) => {
        await store.append('s-1', [event('A')], { expectedRevision: 'any' });
        const error = await expectRejected(
          store.append('s-1', [event('A'), { type: 'B', data, metadata }], {
            expectedRevision: 'any',
          }),
          EventNotSerializableError,
        );
        expect(error.code).toBe('EVENT_NOT_SERIALIZABLE');
        expect((await store.head()).position).toBe(1);
      });

      it.each(['', ' padded ', 'x'.repeat(257)])('stream name %p', async (stream) => {
        const error = await expectRejected(
          store.append(stream, [event('A')], { expectedRevision: 'any' }),
          InvalidStreamNameError,
        );
        expect(error.code).toBe('INVALID_STREAM_NAME');
        expect((await store.head()).position).toBe(0);
      });

      it.each([-1, 1.5, Number.NaN, 'latest'])('expected revision %p', async (expectedRevision) => {
        const error = await expectRejected(
          store.append('s-1', [event('A')], { expectedRevision: expectedRevision as number }),
          InvalidExpectedRevisionError,
        );
        expect(error.code).toBe('INVALID_EXPECTED_REVISION');
        expect((await store.head()).position).toBe(0);
      });

      it('an oversized payload, against the default 1 MiB limit and a configured one', async () => {
        const big = { text: 'x'.repeat(1024 * 1024) };
        const error = await expectRejected(
          store.append('s-1', [event('A', big)], { expectedRevision: 'any' }),
          PayloadTooLargeError,
        );
        expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: 1024 * 1024 });
        const small = await withOptions({ maxEventBytes: 1000 });
        await small.append('s-1', [event('A', { text: 'x'.repeat(500) })], {
          expectedRevision: 'any',
        });
        await expectRejected(
          small.append('s-1', [event('A', { text: 'é'.repeat(500) })], { expectedRevision: 'any' }),
          PayloadTooLargeError,
        );
        expect((await small.head()).position).toBe(1);
        expect((await store.head()).position).toBe(0);
      });

      it('a malformed eventId or schemaVersion, or a missing type', async () => {
        await expectRejected(
          store.append('s-1', [event('A', {}, { eventId: 'not-a-uuid' })], {
            expectedRevision: 'any',
          }),
          InvalidAppendError,
        );
        await expectRejected(
          store.append('s-1', [event('A', {}, { schemaVersion: 0 })], { expectedRevision: 'any' }),
          InvalidAppendError,
        );
        await expectRejected(
          store.append('s-1', [event('')], { expectedRevision: 'any' }),
          InvalidAppendError,
        );
        expect((await store.head()).position).toBe(0);
      });
    });

    describe('concurrency', () => {
      it('50 appenders on one stream with the same expected revision: exactly one wins', async () => {
        await store.append('tender-1', [event('TenderPublished')], {
          expectedRevision: 'no_stream',
        });
        const outcomes = await Promise.allSettled(
          Array.from({ length: 50 }, (_, i) =>
            store.append('tender-1', [event('BidSubmitted', { i })], { expectedRevision: 1 }),
          ),
        );
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(49);
        for (const o of lost)
          expect(o.reason).toMatchObject({
            code: 'WRONG_EXPECTED_REVISION',
            expected: 1,
            actual: 2,
          });
        expect(await store.streamRevision('tender-1')).toBe(2);
      }, 30_000);

      it('50 appenders racing on one stream with retries: one winner per revision, no lost update', async () => {
        const wins: number[] = [];
        await Promise.all(
          Array.from({ length: 50 }, async (_, i) => {
            for (;;) {
              const revision = await store.streamRevision('budget-1');
              try {
                const result = await store.append('budget-1', [event('Drawn', { i })], {
                  expectedRevision: revision,
                });
                wins.push(result.revision);
                return;
              } catch (error) {
                if (!(error instanceof WrongExpectedRevisionError)) throw error;
              }
            }
          }),
        );
        expect(wins.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
        const data = (await store.readStream('budget-1')).map((e) => (e.data as { i: number }).i);
        expect(new Set(data).size).toBe(50);
      }, 60_000);

      it('50 appenders on 50 streams: all succeed, positions 1..50 without gap or duplicate', async () => {
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            store.append(`contract-${i}`, [event('ContractSigned', { i })], {
              expectedRevision: 'no_stream',
            }),
          ),
        );
        expect(results.map((r) => r.position).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 50 }, (_, i) => i + 1),
        );
        expect((await store.readAll()).map((e) => e.position)).toEqual(
          Array.from({ length: 50 }, (_, i) => i + 1),
        );
        expect(await store.verify()).toMatchObject({ ok: true, checked: 50 });
      }, 30_000);
    });

    describe('handleCommand', () => {
      const increment = (by: number, max?: number): CounterCommand => ({
        type: 'Increment',
        data: max === undefined ? { by } : { by, max },
      });

      it('reads, folds, decides and appends with the revision read', async () => {
        const first = await handleCommand(store, 'counter-1', counter, increment(2), { metadata });
        expect(first).toMatchObject({ revision: 1, position: 1 });
        expect(first.events[0]).toMatchObject({ type: 'Incremented', data: { by: 2 }, metadata });
        const second = await handleCommand(store, 'counter-1', counter, increment(3), {
          metadata,
          expectedRevision: 1,
        });
        expect(second.revision).toBe(2);
      });

      it('an empty decision is a no-op that reports the current revision and position', async () => {
        await handleCommand(store, 'counter-1', counter, increment(5), { metadata });
        await store.append('other', [event('X')], { expectedRevision: 'any' });
        const result = await handleCommand(store, 'counter-1', counter, increment(1, 5), {
          metadata,
        });
        expect(result).toEqual({ revision: 1, position: 1, events: [] });
        expect((await store.head()).position).toBe(2);
      });

      it('a pinned stale revision fails at once without retry', async () => {
        await handleCommand(store, 'counter-1', counter, increment(1), { metadata });
        const error = await expectRejected(
          handleCommand(store, 'counter-1', counter, increment(1), {
            metadata,
            expectedRevision: 0,
          }),
          WrongExpectedRevisionError,
        );
        expect(error).toMatchObject({ expected: 0, actual: 1 });
        expect(await store.streamRevision('counter-1')).toBe(1);
      });

      it('retries conflicts with concurrent commands so none is lost', async () => {
        await Promise.all(
          Array.from({ length: 10 }, () =>
            handleCommand(store, 'counter-1', counter, increment(1), { metadata, maxRetries: 20 }),
          ),
        );
        const history = await store.readStream('counter-1');
        expect(history).toHaveLength(10);
        expect(history.reduce((sum, e) => sum + (e.data as { by: number }).by, 0)).toBe(10);
      }, 30_000);

      it('gives up after maxRetries conflicts', async () => {
        const outcomes = await Promise.allSettled(
          Array.from({ length: 5 }, () =>
            handleCommand(store, 'counter-1', counter, increment(1), { metadata, maxRetries: 0 }),
          ),
        );
        const rejected = outcomes.filter(
          (o): o is PromiseRejectedResult => o.status === 'rejected',
        );
        expect(rejected.length).toBe(5 - (await store.streamRevision('counter-1')));
        expect(rejected.length).toBeGreaterThan(0);
        for (const o of rejected) expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError);
      });
    });
  });
}
