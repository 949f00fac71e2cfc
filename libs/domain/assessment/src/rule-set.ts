import { addMonths, invalid, requireDay, requireInteger, requireNumberInRange } from '@tuijin/domain-kernel';

export interface MetricWeights {
  investment: number;
  start: number;
  reserve: number;
  problems: number;
  punctuality: number;
}

/** The settings of an assessment (考核规则). */
export interface RuleSettings {
  weights: MetricWeights;
  /** A lag behind the time-proportional target up to this is YELLOW, above it RED. */
  yellowMaxLag: number;
  /** Months after the planned start month without a start that make a project YELLOW… */
  startDelayYellowMonths: number;
  /** …and RED. */
  startDelayRedMonths: number;
  /** How many units the reverse ranking (逆排名) lists. */
  bottomN: number;
  /** Monthly reports are due on this day of the following month. */
  reportDueDay: number;
}

export interface RuleSet extends RuleSettings {
  version: number;
  /** The first day the version applies to: a period uses the highest version in effect on its last day. */
  effectiveFrom: string;
  /** When it was published (null for the default version 1, which every district has from the start). */
  publishedAt: string | null;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  weights: { investment: 40, start: 20, reserve: 15, problems: 15, punctuality: 10 },
  yellowMaxLag: 0.1,
  startDelayYellowMonths: 1,
  startDelayRedMonths: 3,
  bottomN: 3,
  reportDueDay: 5,
};

export const DEFAULT_RULE_SET: RuleSet = {
  ...DEFAULT_RULE_SETTINGS,
  version: 1,
  effectiveFrom: '1990-01-01',
  publishedAt: null,
};

const WEIGHT_NAMES: (keyof MetricWeights)[] = ['investment', 'start', 'reserve', 'problems', 'punctuality'];

/** Validates settings a district admin wants to publish; every message names its field. */
export function validateRuleSettings(input: RuleSettings): RuleSettings {
  if (typeof input.weights !== 'object' || input.weights === null) throw invalid('weights', 'weights are required');
  const weights = Object.fromEntries(
    WEIGHT_NAMES.map((name) => [name, requireNumberInRange(`weights.${name}`, input.weights[name], 0, 100)]),
  ) as unknown as MetricWeights;
  const sum = WEIGHT_NAMES.reduce((total, name) => total + weights[name], 0);
  if (Math.abs(sum - 100) > 1e-9) throw invalid('weights', `weights must add up to 100, they add up to ${sum}`);
  const startDelayYellowMonths = requireInteger('startDelayYellowMonths', input.startDelayYellowMonths, 1, 12);
  const startDelayRedMonths = requireInteger('startDelayRedMonths', input.startDelayRedMonths, 1, 12);
  if (startDelayRedMonths < startDelayYellowMonths) {
    throw invalid('startDelayRedMonths', 'startDelayRedMonths must not be less than startDelayYellowMonths');
  }
  return {
    weights,
    yellowMaxLag: requireNumberInRange('yellowMaxLag', input.yellowMaxLag, 0, 1),
    startDelayYellowMonths,
    startDelayRedMonths,
    bottomN: requireInteger('bottomN', input.bottomN, 1, 100),
    reportDueDay: requireInteger('reportDueDay', input.reportDueDay, 1, 28),
  };
}

export function requireEffectiveFrom(value: unknown): string {
  return requireDay('effectiveFrom', value);
}

/**
 * The version a period ending on `endDay` is assessed under: the highest version
 * whose effectiveFrom is on or before that day. Versions must include version 1.
 */
export function ruleSetInForce(versions: readonly RuleSet[], endDay: string): RuleSet {
  let chosen = DEFAULT_RULE_SET;
  for (const version of versions) {
    if (version.effectiveFrom <= endDay && version.version > chosen.version) chosen = version;
  }
  return chosen;
}

/** The day a month's report is due: `reportDueDay` of the following month. */
export const reportDeadline = (month: string, rules: Pick<RuleSettings, 'reportDueDay'>): string =>
  `${addMonths(month, 1)}-${String(rules.reportDueDay).padStart(2, '0')}`;
