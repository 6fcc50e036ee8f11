import { DomainError } from '@contract-ledger/domain';
import { createMemoryEventStore, type EventMetadata } from '@contract-ledger/event-store';
import type { CommandContext } from './command-runtime';
import { recordingRefusal, refusalStream } from './refusal-records';

const ENTITY = '0190e000-0000-7000-8000-000000000001';

function contextOf(commandId: string, actor = 'finance-1'): CommandContext {
  const metadata: EventMetadata = {
    actor,
    role: 'finance_officer',
    correlationId: `corr-${commandId}`,
    commandId,
    occurredAt: '2026-05-01T09:00:00.000Z',
  };
  return { metadata, authorize: () => undefined };
}

const refusing = (code: string) => async (): Promise<never> => {
  throw new DomainError(code, `refused: ${code}`);
};

const record = async (refusal: DomainError) => ({
  entityId: ENTITY,
  type: 'DisbursementRefused',
  data: { code: refusal.code, reason: refusal.message },
});

describe('recordingRefusal', () => {
  it('appends the record with the command metadata and rethrows the same DomainError', async () => {
    const store = createMemoryEventStore();
    const context = contextOf('cmd-1');
    const run = refusing('MILESTONE_NOT_ACCEPTED');
    const thrown = await recordingRefusal(
      store,
      context,
      'MILESTONE_NOT_ACCEPTED',
      run,
      record,
    ).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('MILESTONE_NOT_ACCEPTED');
    const written = await store.readStream(refusalStream(ENTITY));
    expect(written).toMatchObject([
      {
        stream: `refusals-${ENTITY}`,
        type: 'DisbursementRefused',
        data: { code: 'MILESTONE_NOT_ACCEPTED', reason: 'refused: MILESTONE_NOT_ACCEPTED' },
        metadata: context.metadata,
      },
    ]);
  });

  it('writes one record per command: a re-run of the same command id and actor adds none, another command or actor does', async () => {
    const store = createMemoryEventStore();
    const attempt = (context: CommandContext) =>
      expect(recordingRefusal(store, context, 'X', refusing('X'), record)).rejects.toBeInstanceOf(
        DomainError,
      );
    await attempt(contextOf('cmd-1'));
    await attempt(contextOf('cmd-1'));
    expect(await store.readStream(refusalStream(ENTITY))).toHaveLength(1);
    await attempt(contextOf('cmd-2'));
    await attempt(contextOf('cmd-1', 'finance-2'));
    expect(
      (await store.readStream(refusalStream(ENTITY))).map((e) => [
        e.metadata.commandId,
        e.metadata.actor,
      ]),
    ).toEqual([
      ['cmd-1', 'finance-1'],
      ['cmd-2', 'finance-1'],
      ['cmd-1', 'finance-2'],
    ]);
  });

  it('two runs of one command racing write one record', async () => {
    const store = createMemoryEventStore();
    const context = contextOf('cmd-1');
    const results = await Promise.allSettled(
      [0, 1, 2].map(() => recordingRefusal(store, context, 'X', refusing('X'), record)),
    );
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await store.readStream(refusalStream(ENTITY))).toHaveLength(1);
  });

  it('writes nothing for another code, a non-domain error or a success', async () => {
    const store = createMemoryEventStore();
    const context = contextOf('cmd-1');
    await expect(
      recordingRefusal(store, context, 'X', refusing('Y'), record),
    ).rejects.toMatchObject({ code: 'Y' });
    const failure = new Error('disk full');
    await expect(
      recordingRefusal(store, context, 'X', () => Promise.reject(failure), record),
    ).rejects.toBe(failure);
    await expect(recordingRefusal(store, context, 'X', async () => 42, record)).resolves.toBe(42);
    expect((await store.head()).position).toBe(0);
  });
});
