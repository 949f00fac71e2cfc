import { byUrgency, nextReportMonth, reportStatus } from './report-status';

const building = { stage: 'UNDER_CONSTRUCTION' as const, stageSince: '2025-02-10', monthlyReports: [] };

describe('what a unit owes for a month', () => {
  it('owes a report for a project under construction by the month end, due on the due day of the next month', () => {
    expect(reportStatus(building, '2025-03', '2025-04-02', 5)).toEqual({ state: 'due', dueOn: '2025-04-05' });
    expect(reportStatus(building, '2025-02', '2025-04-02', 5)).toEqual({ state: 'overdue', dueOn: '2025-03-05' });
  });

  it('owes nothing for a month before the project started building, or for a project not building', () => {
    expect(reportStatus(building, '2025-01', '2025-04-02', 5)).toBeUndefined();
    expect(reportStatus({ ...building, stage: 'PREPARATION' }, '2025-03', '2025-04-02', 5)).toBeUndefined();
  });

  it('judges a sent report by the platform’s verdict, even for a project that has moved on', () => {
    const reported = {
      ...building,
      stage: 'COMPLETED' as const,
      monthlyReports: [{ month: '2025-03', dueOn: '2025-04-05', late: true }],
    };
    expect(reportStatus(reported, '2025-03', '2025-05-01', 5)).toEqual({ state: 'late', dueOn: '2025-04-05' });
  });

  it('puts overdue reports first and sent ones last', () => {
    const states = (['onTime', 'due', 'late', 'overdue'] as const).map((state) => ({ state, dueOn: '' }));
    expect([...states].sort(byUrgency).map((s) => s.state)).toEqual(['overdue', 'due', 'late', 'onTime']);
  });
});

describe('the month a new report is for', () => {
  it('is the month after the latest report, or the month just ended', () => {
    expect(nextReportMonth([{ month: '2025-11' }, { month: '2025-12' }], '2026-11-24')).toBe('2026-01');
    expect(nextReportMonth([{ month: '2026-10' }], '2026-11-24')).toBe('2026-10');
    expect(nextReportMonth([], '2026-11-24')).toBe('2026-10');
  });
});
