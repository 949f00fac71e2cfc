import { monthlyPace, previousReport, reportWarnings, type ReportHistory } from './report-plausibility';

/** A project building since January: 1,200 万元 planned for 2025 from March (a pace of 120 a month), 40 % done by May. */
const history: ReportHistory = {
  reports: [
    { month: '2025-03', progressPercent: 20 },
    { month: '2025-05', progressPercent: 40 },
    { month: '2025-04', progressPercent: 30 },
  ],
  plans: [
    { year: 2024, plannedInvestment: 120, plannedStartMonth: '2024-01' },
    { year: 2025, plannedInvestment: 1200, plannedStartMonth: '2025-03' },
  ],
};

describe('monthly report plausibility', () => {
  it('compares a report with the latest earlier month, whatever order the reports came in', () => {
    expect(previousReport(history.reports, '2025-06')?.month).toBe('2025-05');
    expect(previousReport(history.reports, '2025-05')?.month).toBe('2025-04');
    expect(previousReport(history.reports, '2025-03')).toBeUndefined();
  });

  it('spreads a plan over its months of the year: from the planned start, or from January', () => {
    expect(monthlyPace({ plannedInvestment: 1200, plannedStartMonth: '2025-03' }, 2025)).toBe(120);
    expect(monthlyPace({ plannedInvestment: 1200, plannedStartMonth: '2024-09' }, 2025)).toBe(100);
  });

  it('has nothing to say about a report that goes on as planned', () => {
    expect(reportWarnings({ month: '2025-06', investment: 360, progressPercent: 40 }, history)).toEqual([]);
    expect(reportWarnings({ month: '2025-06', investment: 150, progressPercent: 55 }, history)).toEqual([]);
  });

  it('asks about progress lower than the previous month’s', () => {
    expect(reportWarnings({ month: '2025-06', investment: 100, progressPercent: 35 }, history)).toEqual([
      { kind: 'PROGRESS_BACKWARDS', field: 'progressPercent', comparedWith: 40, previousMonth: '2025-05' },
    ]);
    // a correction of April is compared with March, not with the later May
    expect(reportWarnings({ month: '2025-04', investment: 100, progressPercent: 25 }, history)).toEqual([]);
  });

  it('asks about investment more than three times the plan’s monthly pace', () => {
    expect(reportWarnings({ month: '2025-06', investment: 361, progressPercent: 45 }, history)).toEqual([
      { kind: 'INVESTMENT_ABOVE_PACE', field: 'investment', comparedWith: 120, factor: 3 },
    ]);
    expect(
      reportWarnings({ month: '2025-06', investment: 5000, progressPercent: 10 }, history).map((w) => w.kind),
    ).toEqual(['PROGRESS_BACKWARDS', 'INVESTMENT_ABOVE_PACE']);
  });

  it('has no pace to compare with without a plan for the year, or with a plan of nothing', () => {
    expect(reportWarnings({ month: '2026-01', investment: 99999, progressPercent: 50 }, history)).toEqual([]);
    const nothingPlanned = { ...history, plans: [{ year: 2025, plannedInvestment: 0, plannedStartMonth: '2025-01' }] };
    expect(reportWarnings({ month: '2025-06', investment: 10, progressPercent: 50 }, nothingPlanned)).toEqual([]);
  });

  it.each([
    [{ month: '2025-6', investment: 1, progressPercent: 1 }, 'month'],
    [{ month: '2025-06', investment: -5, progressPercent: 1 }, 'investment'],
    [{ month: '2025-06', investment: 1, progressPercent: 150 }, 'progressPercent'],
  ])('refuses figures the report itself would refuse: %j', (proposed, field) => {
    expect(() => reportWarnings(proposed, history)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });
});
