import { conflict, invalid, type Decider } from '@tuijin/domain-kernel';
import { specify } from './decider-specification';

/** A counter that only counts up: just enough behaviour to exercise the helper. */
type Command = { by: number };
type Event = { added: number };
const counter: Decider<Command, Event, number> = {
  initialState: 0,
  decide: ({ by }, total) => {
    if (by <= 0) throw invalid('by', 'by must be positive');
    if (total + by > 10) throw conflict('the counter stops at 10');
    if (by === 7) throw new Error('unlucky');
    return [{ added: by }];
  },
  evolve: (total, { added }) => total + added,
};
const spec = specify(counter);

describe('specify', () => {
  it('folds the given events, checks the emitted events and returns the state after them', () => {
    expect(
      spec
        .given([{ added: 2 }])
        .when({ by: 3 })
        .then([{ added: 3 }]),
    ).toBe(5);
  });

  it('fails when the emitted events differ', () => {
    expect(() =>
      spec
        .given([])
        .when({ by: 3 })
        .then([{ added: 4 }]),
    ).toThrow();
  });

  it('matches a rejection by code and field, by message part, or by both', () => {
    expect(spec.given([]).when({ by: 0 }).thenRejects('BAD_USER_INPUT', 'by').field).toBe('by');
    spec
      .given([{ added: 9 }])
      .when({ by: 2 })
      .thenRejects('CONFLICT', 'stops at 10');
    spec
      .given([])
      .when({ by: -1 })
      .thenRejects('BAD_USER_INPUT', { field: 'by', message: /positive/ });
  });

  it('fails when the rejection has another code, field or message', () => {
    expect(() => spec.given([]).when({ by: 0 }).thenRejects('CONFLICT')).toThrow();
    expect(() => spec.given([]).when({ by: 0 }).thenRejects('BAD_USER_INPUT', { field: 'other' })).toThrow(
      /field "other"/,
    );
    expect(() => spec.given([]).when({ by: 0 }).thenRejects('BAD_USER_INPUT', { message: 'negative' })).toThrow(
      /message/,
    );
    expect(() => spec.given([]).when({ by: 0 }).thenRejects('BAD_USER_INPUT', 'nothing like it')).toThrow(/naming/);
  });

  it('fails when the command is accepted or the error is not a DomainError', () => {
    expect(() => spec.given([]).when({ by: 1 }).thenRejects('BAD_USER_INPUT')).toThrow(/accepted/);
    expect(() => spec.given([]).when({ by: 7 }).thenRejects('BAD_USER_INPUT')).toThrow(/unlucky/);
  });
});
