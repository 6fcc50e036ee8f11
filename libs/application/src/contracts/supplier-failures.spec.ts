import { makePolicy, type ContractEvent } from '@contract-ledger/domain';
import {
  createMemoryEventStore,
  uuidv7,
  type EventMetadata,
  type MemoryEventStore,
  type ReadStream,
} from '@contract-ledger/event-store';
import { CommandRuntime, type CommandContext } from '../command-runtime';
import { RegisterSupplierCommand, RegisterSupplierHandler } from '../suppliers/register-supplier';
import { debarmentProposalFor } from './supplier-failures';

const AT = '2026-05-01T09:00:00.000Z';
const metadata: EventMetadata = {
  actor: 'officer-1',
  role: 'agency_officer',
  correlationId: uuidv7(),
  commandId: uuidv7(),
  occurredAt: AT,
};
const policy = makePolicy({ failuresBeforeDebarmentProposal: 3 });

/** A contract failure (or not) of `supplierId`, as the contract decider records it. */
function evaluated(supplierId: string, verdict: 'rejected' | 'accepted'): ContractEvent {
  return {
    type: 'MilestoneEvaluated',
    data: {
      contractId: uuidv7(),
      supplierId,
      milestoneId: uuidv7(),
      evaluatorId: uuidv7(),
      evaluatedAt: AT,
      verdict,
      acceptedShareBps: verdict === 'accepted' ? 10_000 : 0,
      acceptedAmount: { amountMinor: 0, currency: 'CNY' },
      score: 50,
      comments: 'c',
      paymentDueBy: null,
    },
  } as ContractEvent;
}

describe('debarmentProposalFor: the failures counted from the log', () => {
  let store: MemoryEventStore;
  let read: ReadStream;
  const supplier = uuidv7();
  const other = uuidv7();

  const record = async (event: ContractEvent): Promise<string> =>
    (
      await store.append(`contract-${uuidv7()}`, [{ ...event, metadata }], {
        expectedRevision: 'no_stream',
      })
    ).events[0]!.eventId;
  const proposalOn = async (event: ContractEvent) => {
    const [share] = await debarmentProposalFor(
      store,
      read,
      { event, eventId: uuidv7() },
      { at: AT, policy, metadata },
    );
    return share?.events[0] as { data: { evidenceEventIds: string[] } } | undefined;
  };

  beforeEach(async () => {
    store = createMemoryEventStore();
    const runtime = new CommandRuntime(store, () => new Date(AT));
    const context: CommandContext = {
      metadata: { ...metadata, actor: supplier, role: 'supplier' },
      authorize: () => undefined,
    };
    await new RegisterSupplierHandler(runtime).execute(
      new RegisterSupplierCommand(
        { supplierId: supplier, kind: 'enterprise', name: 'S', registrationNumber: supplier },
        context,
      ),
    );
    read = async (stream, folder) => {
      const events = await store.readStream(stream);
      let state = folder.initialState();
      for (const e of events) state = folder.evolve(state, e as never);
      return { state, revision: events.length, position: events.at(-1)?.position ?? 0 };
    };
  });

  it('counts what was appended since the last command, and only this supplier`s failures', async () => {
    const first = await record(evaluated(supplier, 'rejected'));
    await record(evaluated(supplier, 'accepted'));
    await record(evaluated(other, 'rejected'));
    // 1 in the log + this one: under the threshold of 3.
    expect(await proposalOn(evaluated(supplier, 'rejected'))).toBeUndefined();
    // Appended after the index was read: the next command sees it.
    const second = await record(evaluated(supplier, 'rejected'));
    await record(evaluated(other, 'rejected'));
    const proposal = await proposalOn(evaluated(supplier, 'rejected'));
    expect(proposal?.data.evidenceEventIds.slice(0, 2)).toEqual([first, second]);
    expect(proposal?.data.evidenceEventIds).toHaveLength(3);
  });

  it('reads the log again when the event it read last is no longer where it was', async () => {
    await record(evaluated(supplier, 'rejected'));
    await record(evaluated(supplier, 'rejected'));
    expect(await proposalOn(evaluated(supplier, 'rejected'))).toBeDefined();
    // The log restored from an older backup: both failures gone.
    const rows = store.unsafeRows();
    rows.splice(rows.length - 2, 2);
    expect(await proposalOn(evaluated(supplier, 'rejected'))).toBeUndefined();
  });

  it('counts each failure once when commands read at the same time', async () => {
    await record(evaluated(supplier, 'rejected'));
    const [a, b] = await Promise.all([
      proposalOn(evaluated(supplier, 'rejected')),
      proposalOn(evaluated(supplier, 'rejected')),
    ]);
    // 1 in the log + the command's own: 2 each, under 3. Counted twice, each would see 3.
    expect([a, b]).toEqual([undefined, undefined]);
  });
});
