import type { EChartsCoreOption } from 'echarts/core';
import type { ScoreTrendQuery } from '../../gql/graphql';

export type TrendPoint = ScoreTrendQuery['scoreTrend'][number];

/** Scores of the chosen units over the months of a year, one line per unit. */
export function trendOption(points: readonly TrendPoint[], unitIds: readonly string[], monthLabel: (period: string) => string): EChartsCoreOption {
  const names = new Map<string, string>();
  points.forEach((point) => point.units.forEach((s) => names.set(s.unit.id, s.unit.name)));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((point) => monthLabel(point.period)) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: unitIds.map((id) => ({
      name: names.get(id) ?? id,
      type: 'line',
      symbolSize: 6,
      data: points.map((point) => point.units.find((s) => s.unit.id === id)?.score ?? null),
    })),
  };
}
