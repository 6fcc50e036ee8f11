import {
  budgetLineDecider,
  budgetStream,
  contractDecider,
  contractStream,
  DEFAULT_POLICY,
  supplierDecider,
  supplierStream,
  tenderDecider,
  tenderStream,
  type BudgetLineCommand,
  type ContractCommand,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type Instant,
  type Money,
  type Policy,
  type SupplierCommand,
  type TenderCommand,
} from '@contract-ledger/domain';
import type { ProjectionEvent } from '../projection';

/** A UUID made from a small number, so specs can name entities `id(1)`, `id(2)`, ... */
export const id = (n: number): string =>
  `0190e000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
export const cny = (amountMinor: number): Money => ({ amountMinor, currency: 'CNY' });

interface Actor {
  readonly actor?: string;
  readonly role?: string;
}

/**
 * The write side in miniature for projection specs and properties: every command goes through its
 * decider (decide, then evolve), and the events it returns are recorded with positions, revisions
 * and metadata as the store would. Events therefore cannot drift from what the deciders emit.
 * What spans two streams in the application (reserve on publish, commit on signing, ...) is left
 * to the caller, one command per stream.
 */
export class LedgerWorld {
  readonly events: ProjectionEvent[] = [];
  private readonly states = new Map<string, unknown>();
  private readonly revisions = new Map<string, number>();

  constructor(readonly policy: Policy = DEFAULT_POLICY) {}

  supplier(command: SupplierCommand, actor?: Actor): ProjectionEvent[] {
    return this.decide(supplierStream(command.data.supplierId), supplierDecider, command, actor);
  }

  budget(command: BudgetLineCommand, actor?: Actor): ProjectionEvent[] {
    return this.decide(budgetStream(command.data.budgetLineId), budgetLineDecider, command, actor);
  }

  tender(command: TenderCommand, actor?: Actor): ProjectionEvent[] {
    return this.decide(tenderStream(command.data.tenderId), tenderDecider, command, actor);
  }

  contract(command: ContractCommand, actor?: Actor): ProjectionEvent[] {
    return this.decide(contractStream(command.data.contractId), contractDecider, command, actor);
  }

  /** Decides without recording: true when the decider refuses the command. */
  refuses(
    stream: string,
    decider: Decider<unknown, DomainCommand, DomainEvent>,
    command: DomainCommand,
  ): boolean {
    try {
      decider.decide(command, this.stateOf(stream, decider));
      return false;
    } catch {
      return true;
    }
  }

  stateOf<S>(stream: string, decider: Pick<Decider<S, never, never>, 'initialState'>): S {
    return (this.states.has(stream) ? this.states.get(stream) : decider.initialState()) as S;
  }

  /** Records an event the application writes itself (a refusal record), not a decider's. */
  record(
    stream: string,
    type: string,
    data: Record<string, unknown>,
    at: Instant,
    actor?: Actor,
  ): ProjectionEvent {
    return this.push(stream, { type, data }, at, actor);
  }

  private decide<S, C extends DomainCommand, E extends DomainEvent>(
    stream: string,
    decider: Decider<S, C, E>,
    command: C,
    actor?: Actor,
  ): ProjectionEvent[] {
    const state = this.stateOf<S>(stream, decider);
    const decided = decider.decide(command, state);
    this.states.set(stream, decided.reduce(decider.evolve, state));
    const at = (command.data as { at: Instant }).at;
    return decided.map((event) => this.push(stream, event, at, actor));
  }

  private push(
    stream: string,
    event: DomainEvent,
    at: Instant,
    actor: Actor = {},
  ): ProjectionEvent {
    const position = this.events.length + 1;
    const revision = (this.revisions.get(stream) ?? 0) + 1;
    this.revisions.set(stream, revision);
    const recorded: ProjectionEvent = {
      position,
      eventId: `0190f000-0000-7000-8000-${position.toString(16).padStart(12, '0')}`,
      stream,
      revision,
      type: event.type,
      // The store hands back JSON: copies, never the decider's objects.
      data: JSON.parse(JSON.stringify(event.data)) as unknown,
      metadata: {
        actor: actor.actor ?? id(0xffff),
        role: actor.role ?? 'procurement_officer',
        correlationId: `corr-${position}`,
        commandId: `cmd-${position}`,
        occurredAt: at,
      },
      recordedAt: at,
    };
    this.events.push(recorded);
    return recorded;
  }
}
