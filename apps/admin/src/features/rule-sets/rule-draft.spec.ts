import { draftField, draftFrom, sameSettings, toRuleSettings, weightTotal } from './rule-draft';

const v1 = {
  version: 1,
  effectiveFrom: '1990-01-01',
  publishedAt: null,
  weights: { investment: 40, start: 20, reserve: 15, problems: 15, punctuality: 10 },
  yellowMaxLag: 0.1,
  startDelayYellowMonths: 1,
  startDelayRedMonths: 3,
  bottomN: 3,
  reportDueDay: 5,
};

describe('rule-set drafts', () => {
  it('shows the yellow threshold as a percentage and sends it back as a share', () => {
    const draft = draftFrom(v1);
    expect(draft.yellowMaxLagPercent).toBe(10);
    expect(toRuleSettings(draft)).toEqual({
      weights: v1.weights,
      yellowMaxLag: 0.1,
      startDelayYellowMonths: 1,
      startDelayRedMonths: 3,
      bottomN: 3,
      reportDueDay: 5,
    });
    expect(toRuleSettings({ ...draft, yellowMaxLagPercent: 12.5 }).yellowMaxLag).toBe(0.125);
  });

  it('puts a refused threshold under the percentage field', () => {
    expect(draftField(['yellowMaxLag'])).toEqual(['yellowMaxLagPercent']);
    expect(draftField(['weights', 'start'])).toEqual(['weights', 'start']);
  });

  it('notices any change to the draft after a preview', () => {
    const settings = toRuleSettings(draftFrom(v1));
    expect(sameSettings(settings, toRuleSettings(draftFrom(v1)))).toBe(true);
    expect(sameSettings(settings, { ...settings, bottomN: 4 })).toBe(false);
  });

  it('adds weights without floating-point dust', () => {
    expect(weightTotal({ investment: 33.33, start: 33.33, reserve: 33.34, problems: 0, punctuality: 0 })).toBe(100);
    expect(weightTotal({ investment: 40, start: 20, reserve: 15, problems: 15, punctuality: 5 })).toBe(95);
  });
});
