/** An event as the domain sees it: the past-tense `type`, its JSON-safe `data`. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** A command: the imperative `type` and its data, time and outside facts included. */
export interface DomainCommand<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * The decider of one aggregate: three pure functions. `decide` returns the new events (an empty
 * array for an idempotent repeat) or throws a DomainError.
 */
export interface Decider<State, Command extends DomainCommand, Event extends DomainEvent> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State) => readonly Event[];
}

export function fold<State, Event>(
  decider: { initialState: () => State; evolve: (state: State, event: Event) => State },
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}
