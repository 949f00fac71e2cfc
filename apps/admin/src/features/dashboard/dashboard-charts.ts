import type { EChartsCoreOption } from 'echarts/core';
import type { DashboardQuery, Stage } from '../../gql/graphql';

type Dashboard = DashboardQuery['dashboard'];
type StageCount = Dashboard['figures']['stageFunnel'][number];
type MonthInvestment = Dashboard['investmentByMonth'][number];
type LightCounts = Dashboard['lights'];

/**
 * ECharts options for the dashboard, built from the API's figures. Pure functions: the
 * words come in already translated, so these can be tested without a browser.
 */


/** The counted projects by stage, as the platform lists them (lifecycle order; cancelled ones are counted apart). */
export function stageFunnelOption(counts: readonly StageCount[], stageName: (stage: Stage) => string): EChartsCoreOption {
  // Top to bottom in lifecycle order: ECharts draws a category y-axis from the bottom up.
  const rows = [...counts].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => stageName(row.stage)) },
    series: [
      {
        type: 'bar',
        data: rows.map((row) => ({
          value: row.count,
          itemStyle: { color: row.stage === 'SUSPENDED' ? '#bfbfbf' : '#1f5fbf' },
        })),
        label: { show: true, position: 'right' },
        barMaxWidth: 22,
      },
    ],
  };
}

export interface InvestmentLabels {
  month: (month: string) => string;
  completed: string;
  completedToDate: string;
  target: string;
  unit: string;
  /** Formats an amount for the tooltip. */
  amount: (value: number) => string;
}

/**
 * Completed investment per month (bars) and to date (line) against the cumulative
 * time-proportional target (dashed line). Months after the period are not yet known, so
 * their completion is left blank rather than drawn as zero.
 */
export function investmentOption(
  rows: readonly MonthInvestment[],
  lastMonth: string,
  labels: InvestmentLabels,
): EChartsCoreOption {
  const known = (row: MonthInvestment, value: number) => (row.month <= lastMonth ? value : null);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? labels.amount(value) : '—') },
    // Legend below, so that it never collides with the axis unit above the chart.
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 28, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: rows.map((row) => labels.month(row.month)) },
    yAxis: { type: 'value', name: labels.unit, nameTextStyle: { align: 'left' } },
    series: [
      { name: labels.completed, type: 'bar', data: rows.map((r) => known(r, r.completed)), itemStyle: { color: '#69b1ff' } },
      {
        name: labels.completedToDate,
        type: 'line',
        data: rows.map((r) => known(r, r.completedToDate)),
        itemStyle: { color: '#1f5fbf' },
        symbolSize: 6,
      },
      {
        name: labels.target,
        type: 'line',
        data: rows.map((r) => r.target),
        lineStyle: { type: 'dashed' },
        itemStyle: { color: '#fa8c16' },
        symbol: 'none',
      },
    ],
  };
}

export function lightsOption(
  lights: LightCounts,
  names: Record<'GREEN' | 'YELLOW' | 'RED' | 'none', string>,
  colors: Record<'GREEN' | 'YELLOW' | 'RED' | 'none', string>,
): EChartsCoreOption {
  const slices = [
    { key: 'RED', value: lights.red },
    { key: 'YELLOW', value: lights.yellow },
    { key: 'GREEN', value: lights.green },
    { key: 'none', value: lights.none },
  ] as const;
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        center: ['50%', '45%'],
        label: { formatter: '{c}' },
        data: slices.map((s) => ({ name: names[s.key], value: s.value, itemStyle: { color: colors[s.key] } })),
      },
    ],
  };
}
