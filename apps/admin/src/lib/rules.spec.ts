import { ruleSetInForce, weightTotal } from './rules';

describe('rule sets', () => {
  const versions = [
    { version: 1, effectiveFrom: '1990-01-01' },
    { version: 2, effectiveFrom: '2025-07-01' },
    { version: 3, effectiveFrom: '2025-03-01' },
  ];

  it('uses the highest version effective on the day, even one published later with an earlier date', () => {
    expect(ruleSetInForce(versions, '2025-02-28')?.version).toBe(1);
    expect(ruleSetInForce(versions, '2025-06-30')?.version).toBe(3);
    expect(ruleSetInForce(versions, '2025-07-01')?.version).toBe(3);
    expect(ruleSetInForce([], '2025-07-01')).toBeUndefined();
  });

  it('adds weights without floating-point dust', () => {
    expect(weightTotal({ investment: 33.33, start: 33.33, reserve: 33.34, problems: 0, punctuality: 0 })).toBe(100);
    expect(weightTotal({ investment: 40, start: 20, reserve: 15, problems: 15, punctuality: 5 })).toBe(95);
  });
});
