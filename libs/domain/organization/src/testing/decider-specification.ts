import { DomainError, foldEvents, type Decider, type ErrorCode } from '@tuijin/domain-kernel';

/**
 * Given/when/then for deciders, in the style of emmett's DeciderSpecification:
 *
 *   specify(decider).given([...past events]).when(command).then([...expected events]);
 *   specify(decider).given([...]).when(command).thenRejects('BAD_USER_INPUT', 'month');
 *
 * It runs under Jest (it uses the global `expect` for readable diffs) and is
 * exported as `testing` so that every domain lib shares one helper; nothing
 * touches `expect` until a test calls `then`.
 *
 * Note: the `when(...)` result has a `then` method, so never `await` it.
 */

/** What a rejection must name: a field, a part of the message, or both. */
export interface RejectionExpectation {
  field?: string;
  message?: string | RegExp;
}

export interface Outcome<Event, State> {
  /** The command emits exactly these events (strict equality: no stray undefined keys); returns the state after them. */
  then(expectedEvents: readonly Event[]): State;
  /**
   * The command is refused with a DomainError of this code. A string matches when it
   * is the error's field or a part of its message; an object checks each part given.
   */
  thenRejects(code: ErrorCode, expectation?: string | RejectionExpectation): DomainError;
}

export interface Specification<Command, Event, State> {
  given(events: readonly Event[]): { when(command: Command): Outcome<Event, State> };
}

export function specify<Command, Event, State>(
  decider: Decider<Command, Event, State>,
): Specification<Command, Event, State> {
  return {
    given(events) {
      const state = foldEvents(decider, events);
      return {
        when(command) {
          return {
            then(expectedEvents) {
              const actual = decider.decide(command, state);
              expect(actual).toStrictEqual(expectedEvents);
              return actual.reduce(decider.evolve, state);
            },
            thenRejects(code, expectation) {
              const error = rejectionOf(() => decider.decide(command, state));
              expect({ code: error.code, field: error.field, message: error.message }).toMatchObject({ code });
              assertMatches(error, expectation);
              return error;
            },
          };
        },
      };
    },
  };
}

function rejectionOf(run: () => unknown): DomainError {
  let events: unknown;
  try {
    events = run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw new Error(`expected a DomainError, but the decider threw ${String(error)}`);
  }
  throw new Error(`expected a DomainError, but the command was accepted with ${JSON.stringify(events)}`);
}

function assertMatches(error: DomainError, expectation: string | RejectionExpectation | undefined): void {
  if (expectation === undefined) return;
  const described = `DomainError(${error.code}, field ${error.field ?? '-'}): ${error.message}`;
  if (typeof expectation === 'string') {
    if (error.field !== expectation && !error.message.includes(expectation)) {
      throw new Error(`expected a rejection naming "${expectation}", got ${described}`);
    }
    return;
  }
  if (expectation.field !== undefined && error.field !== expectation.field) {
    throw new Error(`expected a rejection of field "${expectation.field}", got ${described}`);
  }
  const { message } = expectation;
  const messageMatches =
    message === undefined ||
    (typeof message === 'string' ? error.message.includes(message) : message.test(error.message));
  if (!messageMatches) throw new Error(`expected a rejection message matching ${String(message)}, got ${described}`);
}
