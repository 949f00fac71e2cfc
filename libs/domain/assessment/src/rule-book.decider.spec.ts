import { ruleBookDecider, type RuleBookCommand } from './rule-book.decider';
import { DEFAULT_RULE_SETTINGS } from './rule-set';

const publish = (
  changes: Partial<RuleBookCommand['settings']> = {},
  effectiveFrom = '2025-07-01',
): RuleBookCommand => ({
  type: 'PublishRuleSet',
  today: '2025-06-20',
  districtId: 'd',
  effectiveFrom,
  settings: { ...DEFAULT_RULE_SETTINGS, ...changes },
});

const rejection = (command: RuleBookCommand) => {
  try {
    ruleBookDecider.decide(command, ruleBookDecider.initialState);
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

describe('rule book', () => {
  it('publishes version 2 first, as every district starts with the default as version 1', () => {
    const weights = { investment: 50, start: 20, reserve: 10, problems: 10, punctuality: 10 };
    const [event] = ruleBookDecider.decide(publish({ weights }), ruleBookDecider.initialState);
    expect(event).toEqual({
      type: 'RuleSetPublished',
      occurredOn: '2025-06-20',
      data: { ...DEFAULT_RULE_SETTINGS, weights, districtId: 'd', version: 2, effectiveFrom: '2025-07-01' },
    });
    const state = ruleBookDecider.evolve(ruleBookDecider.initialState, event);
    expect(ruleBookDecider.decide(publish(), state)[0].data.version).toBe(3);
  });

  it.each([
    [
      { weights: { investment: 40, start: 20, reserve: 15, problems: 15, punctuality: 20 } },
      'weights',
      /add up to 100, they add up to 110/,
    ],
    [
      { weights: { investment: 110, start: -10, reserve: 0, problems: 0, punctuality: 0 } },
      'weights.investment',
      /0 to 100/,
    ],
    [{ yellowMaxLag: 1.5 }, 'yellowMaxLag', /0 to 1/],
    [{ startDelayYellowMonths: 0 }, 'startDelayYellowMonths', /1 to 12/],
    [{ startDelayYellowMonths: 4, startDelayRedMonths: 3 }, 'startDelayRedMonths', /not be less/],
    [{ bottomN: 0 }, 'bottomN', /1 to 100/],
    [{ reportDueDay: 31 }, 'reportDueDay', /1 to 28/],
    [{ reportDueDay: 2.5 }, 'reportDueDay', /whole number/],
  ])('refuses %j naming %s', (changes, field, message) => {
    const error = rejection(publish(changes as Partial<RuleBookCommand['settings']>));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((error as Error).message).toMatch(message);
  });

  it('refuses an impossible effective date', () => {
    expect(rejection(publish({}, '2025-02-30'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveFrom' });
  });
});
