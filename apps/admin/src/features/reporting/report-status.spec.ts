import { byUrgency, nextReportMonth, shownStatus } from './report-status';

describe('what a unit owes for a month, as the platform judges it', () => {
  it('shows a missing report as due until its day, then overdue, and a sent one by its verdict', () => {
    const due = { dueOn: '2025-04-05', overdue: false };
    expect(shownStatus({ ...due, status: 'MISSING' })).toEqual({ state: 'due', dueOn: '2025-04-05' });
    expect(shownStatus({ ...due, status: 'MISSING', overdue: true })).toEqual({ state: 'overdue', dueOn: '2025-04-05' });
    expect(shownStatus({ ...due, status: 'LATE' }).state).toBe('late');
    expect(shownStatus({ ...due, status: 'ON_TIME' }).state).toBe('onTime');
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
