import { DomainError } from '@contract-ledger/domain';
import {
  createMemoryEventStore,
  uuidv7,
  type EventMetadata,
  type EventStore,
} from '@contract-ledger/event-store';
import { CommandRuntime, type CommandContext } from '../command-runtime';
import { DebarSupplierCommand, DebarSupplierHandler } from './debar-supplier';
import { ProposeDebarmentCommand, ProposeDebarmentHandler } from './propose-debarment';
import { RegisterSupplierCommand, RegisterSupplierHandler } from './register-supplier';

/**
 * Debarment evidence (docs/rules.md, DEBARMENT_EVIDENCE_*) is looked up through the store's index by
 * event id: the rule still holds for evidence in any stream, and the command never reads the whole
 * log to find it (the store below refuses readAll and subscribe).
 */
function refusingWholeLogReads(store: EventStore): EventStore {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'readAll' || key === 'subscribe')
        return () => {
          throw new Error(`the command read the whole log (${key})`);
        };
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const contextOf = (role: string, actor: string): CommandContext => {
  const metadata: EventMetadata = {
    actor,
    role,
    correlationId: uuidv7(),
    commandId: uuidv7(),
    occurredAt: '2026-05-01T09:00:00.000Z',
  };
  return { metadata, authorize: () => undefined };
};

describe('debarment evidence, read by event id', () => {
  const supplierS = uuidv7();
  const supplierT = uuidv7();
  let store: EventStore;
  let runtime: CommandRuntime;
  let registrationOfS: string;
  let registrationOfT: string;
  let terminationOfS: string;
  let tenderEvent: string;

  beforeEach(async () => {
    const memory = createMemoryEventStore();
    store = refusingWholeLogReads(memory);
    runtime = new CommandRuntime(store, () => new Date('2026-05-01T09:00:00.000Z'));
    for (const supplierId of [supplierS, supplierT])
      await new RegisterSupplierHandler(runtime).execute(
        new RegisterSupplierCommand(
          { supplierId, kind: 'social_organisation', name: 'Org', registrationNumber: supplierId },
          contextOf('supplier', supplierId),
        ),
      );
    [registrationOfS, registrationOfT] = await Promise.all(
      [supplierS, supplierT].map(
        async (s) => (await store.readStream(`supplier-${s}`))[0]!.eventId,
      ),
    );
    const metadata = contextOf('agency_officer', 'officer-1').metadata;
    // An event about S in another aggregate's stream (its data names S), and one about no supplier.
    const contractId = uuidv7();
    const [terminated] = (
      await store.append(
        `contract-${contractId}`,
        [
          {
            type: 'ContractTerminated',
            data: { contractId, supplierId: supplierS, reason: 'for_default' },
            metadata,
          },
        ],
        { expectedRevision: 'no_stream' },
      )
    ).events;
    terminationOfS = terminated!.eventId;
    const [tender] = (
      await store.append(
        `tender-${uuidv7()}`,
        [{ type: 'TenderCancelled', data: { reason: 'x' }, metadata }],
        { expectedRevision: 'no_stream' },
      )
    ).events;
    tenderEvent = tender!.eventId;
  });

  const supervisor = () => contextOf('supervisor', 'supervisor-1');
  const propose = (evidenceEventIds: string[]) =>
    new ProposeDebarmentHandler(runtime).execute(
      new ProposeDebarmentCommand(
        { supplierId: supplierS, proposalId: uuidv7(), grounds: 'Failures', evidenceEventIds },
        supervisor(),
      ),
    );
  const debar = (evidenceEventIds: string[]) =>
    new DebarSupplierHandler(runtime).execute(
      new DebarSupplierCommand(
        {
          supplierId: supplierS,
          debarmentId: uuidv7(),
          grounds: 'Failures',
          authority: 'Civil Affairs Bureau',
          evidenceEventIds,
        },
        supervisor(),
      ),
    );
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => 'accepted',
      (error: unknown) => (error instanceof DomainError ? error.code : error),
    );

  it('accepts evidence in the supplier stream and elsewhere in the log about the supplier', async () => {
    await propose([registrationOfS, terminationOfS]);
    await debar([terminationOfS, registrationOfS]);
    const types = (await store.readStream(`supplier-${supplierS}`)).map((e) => e.type);
    expect(types).toEqual(['SupplierRegistered', 'DebarmentProposed', 'SupplierDebarred']);
  });

  it.each([
    ['a random UUID', () => [uuidv7()], 'DEBARMENT_EVIDENCE_UNKNOWN'],
    ['a string that is not a UUID', () => ['not-an-event'], 'ID_INVALID'],
    [
      'another supplier’s registration',
      () => [registrationOfT],
      'DEBARMENT_EVIDENCE_OTHER_SUPPLIER',
    ],
    ['an event about no supplier', () => [tenderEvent], 'DEBARMENT_EVIDENCE_OTHER_SUPPLIER'],
    [
      'one good id and one about another supplier',
      () => [terminationOfS, registrationOfT],
      'DEBARMENT_EVIDENCE_OTHER_SUPPLIER',
    ],
  ])('refuses %s, for a proposal and a debarment, writing nothing', async (_, ids, code) => {
    const head = (await store.head()).position;
    expect(await refusal(propose(ids()))).toBe(code);
    expect(await refusal(debar(ids()))).toBe(code);
    expect((await store.head()).position).toBe(head);
  });
});
