import type { MetricValues, RuleSet } from '@tuijin/domain-assessment';

/** The five unit metrics, each with the rule-set weight it carries and its name in a ranking. */
export const METRICS = [
  { key: 'investmentCompletion', weight: 'investment', name: '投资完成' },
  { key: 'constructionStart', weight: 'start', name: '开工率' },
  { key: 'reserve', weight: 'reserve', name: '谋划储备' },
  { key: 'problemClearance', weight: 'problems', name: '问题办结' },
  { key: 'reportingPunctuality', weight: 'punctuality', name: '按时填报' },
] as const satisfies readonly { key: keyof MetricValues; weight: keyof RuleSet['weights']; name: string }[];

/** The points a metric adds to a unit's score: its value (0..1) times its weight, to the cent, as the ranking prints. */
export const metricPoints = (value: number, weight: number): number => Math.round(value * weight * 100) / 100;
