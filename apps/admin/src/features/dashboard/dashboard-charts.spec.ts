import { investmentOption, stageFunnelOption } from './dashboard-charts';

const labels = {
  month: (m: string) => m,
  completed: 'completed',
  completedToDate: 'to date',
  target: 'target',
  unit: '万元',
  amount: (v: number) => String(v),
};

type Series = { data: unknown[] }[];

describe('dashboard charts', () => {
  it('draws the stages the platform counts, in lifecycle order from the top', () => {
    const funnel = [
      { stage: 'RESERVE', count: 12 },
      { stage: 'PREPARATION', count: 20 },
      { stage: 'UNDER_CONSTRUCTION', count: 103 },
      { stage: 'SUSPENDED', count: 2 },
    ] as const;
    const option = stageFunnelOption(funnel, (stage) => stage) as {
      yAxis: { data: string[] };
      series: { data: { value: number }[] }[];
    };
    // ECharts draws the first category at the bottom, so the list is reversed.
    expect(option.yAxis.data).toEqual(['SUSPENDED', 'UNDER_CONSTRUCTION', 'PREPARATION', 'RESERVE']);
    expect(option.series[0].data.map((bar) => bar.value)).toEqual([2, 103, 20, 12]);
  });

  it('leaves months after the period blank instead of drawing them as zero', () => {
    const rows = [
      { month: '2025-05', target: 100, completed: 40, completedToDate: 90 },
      { month: '2025-06', target: 200, completed: 50, completedToDate: 140 },
      { month: '2025-07', target: 300, completed: 0, completedToDate: 140 },
    ];
    const series = (investmentOption(rows, '2025-06', labels) as { series: Series }).series;
    expect(series[0].data).toEqual([40, 50, null]);
    expect(series[1].data).toEqual([90, 140, null]);
    expect(series[2].data).toEqual([100, 200, 300]);
  });
});
