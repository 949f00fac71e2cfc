/**
 * An aggregate's behaviour as two pure functions: `decide` turns a command into
 * the events it causes (or throws a DomainError), `evolve` folds an event into
 * the state. Time and ids arrive inside the command; nothing here does I/O.
 */
export interface Decider<Command, Event, State> {
  readonly initialState: State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}

/** A domain event before it is stored: what happened, and on which business date. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  /** Business date (YYYY-MM-DD) the fact belongs to, as given by the command. */
  readonly occurredOn: string;
  readonly data: Data;
}

export const foldEvents = <Command, Event, State>(
  decider: Decider<Command, Event, State>,
  events: readonly Event[],
): State => events.reduce(decider.evolve, decider.initialState);

/** Compile-time proof that a switch over a union handled every member. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
