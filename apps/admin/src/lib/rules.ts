/** The rule-set version in force on a day: the highest version effective on or before it. */
export function ruleSetInForce<T extends { version: number; effectiveFrom: string }>(
  ruleSets: readonly T[],
  day: string,
): T | undefined {
  return ruleSets
    .filter((ruleSet) => ruleSet.effectiveFrom <= day)
    .reduce<T | undefined>((best, ruleSet) => (!best || ruleSet.version > best.version ? ruleSet : best), undefined);
}

export interface WeightValues {
  investment: number;
  start: number;
  reserve: number;
  problems: number;
  punctuality: number;
}

/** Weights must add up to 100; summed in hundredths so that 33.33 + 33.33 + 33.34 is exactly 100. */
export const weightTotal = (w: WeightValues): number =>
  Math.round((w.investment + w.start + w.reserve + w.problems + w.punctuality) * 100) / 100;
