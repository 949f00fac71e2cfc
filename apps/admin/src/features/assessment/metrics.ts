import type { UnitScoreFieldsFragment, WeightsInput } from '../../gql/graphql';

/** The five unit metrics and the rule-set weight each one carries. */
export const METRICS = [
  { key: 'investmentCompletion', weight: 'investment' },
  { key: 'constructionStart', weight: 'start' },
  { key: 'reserve', weight: 'reserve' },
  { key: 'problemClearance', weight: 'problems' },
  { key: 'reportingPunctuality', weight: 'punctuality' },
] as const satisfies readonly { key: keyof UnitScoreFieldsFragment; weight: keyof WeightsInput }[];

export type MetricKey = (typeof METRICS)[number]['key'];

/** Points a metric adds to the score: its value (0..1) times its weight, as the platform sums them; none for a unit not scored. */
export const metricPoints = (value: number | null, weight: number): number | null =>
  value === null ? null : Math.round(value * weight * 100) / 100;

/** Units in the reverse ranking (逆排名), to highlight them in the full table. */
export const reverseRankedIds = (reverse: readonly UnitScoreFieldsFragment[]): Set<string> =>
  new Set(reverse.map((score) => score.unit.id));

/** Rank change between two periods for each unit: positive means it moved up. */
export function rankChanges(
  now: readonly { unit: { id: string }; rank: number | null }[],
  before: readonly { unit: { id: string }; rank: number | null }[],
): Map<string, number> {
  const earlier = new Map(before.map((s) => [s.unit.id, s.rank]));
  const changes = new Map<string, number>();
  for (const score of now) {
    const previous = earlier.get(score.unit.id);
    if (score.rank !== null && previous !== null && previous !== undefined) changes.set(score.unit.id, previous - score.rank);
  }
  return changes;
}
