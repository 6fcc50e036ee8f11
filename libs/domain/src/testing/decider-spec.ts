import { DomainError } from '../shared/errors';
import type { Decider, DomainCommand, DomainEvent } from '../shared/decider';

/** JSON with object keys sorted, so two events compare equal whatever order their fields were written in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/**
 * given(events).when(command).then(events) | .thenThrows(code) | .thenNothingHappened()
 * A rule reads like its sentence in docs/rules.md. Works with any test runner that treats a thrown
 * Error as a failure.
 */
export function deciderSpec<S, C extends DomainCommand, E extends DomainEvent>(
  decider: Decider<S, C, E>,
) {
  return {
    given(history: readonly E[]) {
      const state = history.reduce(decider.evolve, decider.initialState());
      return {
        when(command: C) {
          const run = (): readonly E[] => decider.decide(command, state);
          return {
            then(expected: readonly E[]): void {
              const actual = run();
              const a = stableJson(actual);
              const e = stableJson(expected);
              if (a !== e) throw new Error(`Expected events\n  ${e}\nbut got\n  ${a}`);
            },
            thenThrows(code: string): DomainError {
              let produced: readonly E[];
              try {
                produced = run();
              } catch (error) {
                if (error instanceof DomainError && error.code === code) return error;
                const got =
                  error instanceof DomainError ? `DomainError ${error.code}` : String(error);
                throw new Error(`Expected DomainError ${code} but got ${got}`);
              }
              throw new Error(
                `Expected DomainError ${code} but got events ${JSON.stringify(produced)}`,
              );
            },
            thenNothingHappened(): void {
              const actual = run();
              if (actual.length !== 0)
                throw new Error(`Expected no events but got ${JSON.stringify(actual)}`);
            },
          };
        },
      };
    },
  };
}
