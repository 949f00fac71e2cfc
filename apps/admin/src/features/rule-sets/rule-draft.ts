import type { RuleSetFieldsFragment, RuleSettingsInput, WeightsInput } from '../../gql/graphql';

/** The five weights of a rule set, as the editor's form holds them. */
export type WeightValues = WeightsInput;

/**
 * The weights' sum as the editor shows it while they are typed, in hundredths so that
 * 33.33 + 33.33 + 33.34 shows exactly 100; the platform refuses a draft whose sum is not 100.
 */
export const weightTotal = (w: WeightValues): number =>
  Math.round((w.investment + w.start + w.reserve + w.problems + w.punctuality) * 100) / 100;

/**
 * The editor's form values. The yellow-light threshold is a share (0.10) in the API and a
 * percentage (10%) on screen, as officials speak of it.
 */
export interface RuleDraft {
  weights: WeightValues;
  yellowMaxLagPercent: number;
  startDelayYellowMonths: number;
  startDelayRedMonths: number;
  bottomN: number;
  reportDueDay: number;
}

export function draftFrom(ruleSet: RuleSetFieldsFragment): RuleDraft {
  const { investment, start, reserve, problems, punctuality } = ruleSet.weights;
  return {
    weights: { investment, start, reserve, problems, punctuality },
    yellowMaxLagPercent: Math.round(ruleSet.yellowMaxLag * 10000) / 100,
    startDelayYellowMonths: ruleSet.startDelayYellowMonths,
    startDelayRedMonths: ruleSet.startDelayRedMonths,
    bottomN: ruleSet.bottomN,
    reportDueDay: ruleSet.reportDueDay,
  };
}

/** Always the same key order, so that two drafts compare equal by their text. */
export function toRuleSettings(draft: RuleDraft): RuleSettingsInput {
  const { investment, start, reserve, problems, punctuality } = draft.weights;
  return {
    weights: { investment, start, reserve, problems, punctuality },
    yellowMaxLag: Math.round(draft.yellowMaxLagPercent * 100) / 10000,
    startDelayYellowMonths: draft.startDelayYellowMonths,
    startDelayRedMonths: draft.startDelayRedMonths,
    bottomN: draft.bottomN,
    reportDueDay: draft.reportDueDay,
  };
}

/** The platform names the threshold `yellowMaxLag`; the form keeps it as a percentage. */
export const draftField = (path: (string | number)[]): (string | number)[] =>
  path[0] === 'yellowMaxLag' ? ['yellowMaxLagPercent'] : path;

/** Same rules? A preview stays valid only while the draft it was made for is unchanged. */
export const sameSettings = (a: RuleSettingsInput, b: RuleSettingsInput): boolean => JSON.stringify(a) === JSON.stringify(b);
