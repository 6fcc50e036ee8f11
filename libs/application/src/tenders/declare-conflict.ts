import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { evaluatorDecider, evaluatorStream, tenderStream, type Id } from '@contract-ledger/domain';
import type { StreamEvents } from '@contract-ledger/event-store';
import {
  CommandRuntime,
  decideAcross,
  type CommandResult,
  LedgerCommand,
} from '../command-runtime';
import { tenderGuarded } from '../guards';

export interface DeclareConflictInput {
  readonly tenderId: Id;
  /** The acting evaluator itself: nobody declares a conflict for someone else. */
  readonly evaluatorId: Id;
  readonly supplierId: Id;
  readonly description: string;
}

export class DeclareConflictCommand extends LedgerCommand<DeclareConflictInput> {}

/**
 * A conflict is declared on a tender (ConflictDeclared) and registered, in the same atomic append,
 * in the evaluator's own register (`evaluator-<id>`), which every later scoring, award, contract
 * assignment and milestone evaluation reads: the conflict is the person's, not the tender's. The
 * register holds one entry per evaluator and supplier; a declaration already recorded on this
 * tender but missing from the register (declared before the register existed) is registered when
 * the evaluator declares it again.
 */
@CommandHandler(DeclareConflictCommand)
export class DeclareConflictHandler implements ICommandHandler<DeclareConflictCommand> {
  constructor(private readonly runtime: CommandRuntime) {}

  execute({ input, context }: DeclareConflictCommand): Promise<CommandResult> {
    const at = this.runtime.now();
    const command = { type: 'DeclareConflict' as const, data: { ...input, at } };
    const stream = tenderStream(input.tenderId);
    const decider = tenderGuarded(context);
    return decideAcross(this.runtime.store, context, input.tenderId, {
      stream,
      folder: decider,
      decide: async ({ state }, read): Promise<readonly StreamEvents[]> => {
        const events = decider.decide(command, state);
        const after = events.reduce(decider.evolve, state);
        // The decider validated both ids and accepted the declaration (now or before).
        const declared =
          after.status !== 'none' &&
          (after.evaluators[input.evaluatorId] ?? []).includes(input.supplierId);
        if (!declared) return [{ stream, events }];
        const register = evaluatorStream(input.evaluatorId);
        const { state: registered } = await read(register, evaluatorDecider);
        const registration = evaluatorDecider.decide(
          {
            type: 'RegisterConflictOfInterest',
            data: {
              evaluatorId: input.evaluatorId,
              supplierId: input.supplierId,
              tenderId: input.tenderId,
              at,
            },
          },
          registered,
        );
        return [
          { stream, events },
          { stream: register, events: registration },
        ];
      },
    });
  }
}
