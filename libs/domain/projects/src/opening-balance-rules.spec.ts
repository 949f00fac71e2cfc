import type { OpeningBalance, ProjectCommandOf, ProjectEvent } from './project.types';
import { cancelled, projectRegistered, projectSpec as spec, reportSubmitted, TODAY } from './testing/project-fixtures';

/** 铜梁区 adopts Tuijin in 2024: the project had 52,000 万元 in by the end of January, 3,000 of it in January. */
const balance: OpeningBalance = { asOfMonth: '2024-01', cumulativeInvestment: 52000, yearToDateInvestment: 3000 };
const setBalance = (changes: Partial<Record<keyof OpeningBalance | 'occurredOn', unknown>> = {}) =>
  ({
    type: 'SetOpeningBalance',
    today: TODAY,
    occurredOn: TODAY,
    ...balance,
    ...changes,
  }) as ProjectCommandOf<'SetOpeningBalance'>;
const balanceSet = (data: OpeningBalance, occurredOn = TODAY): ProjectEvent => ({
  type: 'OpeningBalanceSet',
  occurredOn,
  data,
});
const report = (month: string): ProjectCommandOf<'SubmitMonthlyReport'> => ({
  type: 'SubmitMonthlyReport',
  today: TODAY,
  month,
  investment: 800,
  progressPercent: 40,
  mayBackfill: false,
});

describe('SetOpeningBalance', () => {
  it('sets the opening balance (开累基数) the project carries', () => {
    const state = spec
      .given([projectRegistered])
      .when(setBalance())
      .then([balanceSet(balance)]);
    expect(state).toMatchObject({ openingBalance: balance });
  });

  it('may end before the registration month: the project was under way before the district used Tuijin', () => {
    const before = { ...balance, asOfMonth: '2023-12', yearToDateInvestment: 0 };
    spec
      .given([projectRegistered])
      .when(setBalance(before))
      .then([balanceSet(before)]);
  });

  it('is corrected by a new event, and the latest one counts', () => {
    const corrected = { ...balance, cumulativeInvestment: 51000 };
    const state = spec
      .given([projectRegistered, balanceSet(balance, '2024-03-01')])
      .when(setBalance(corrected))
      .then([balanceSet(corrected)]);
    expect(state).toMatchObject({ openingBalance: corrected });
  });

  it('is accepted when every report is for a later month', () => {
    spec
      .given([projectRegistered, reportSubmitted('2024-02', 500, '2024-03-04')])
      .when(setBalance())
      .then([balanceSet(balance)]);
  });

  it('is refused when a report exists for its month or an earlier one', () => {
    spec
      .given([projectRegistered, reportSubmitted('2024-02', 500, '2024-03-04')])
      .when(setBalance({ asOfMonth: '2024-03' }))
      .thenRejects('BAD_USER_INPUT', {
        field: 'asOfMonth',
        message: 'before the first reported month (2024-01 at the latest)',
      });
  });

  it('is refused on a cancelled project', () => {
    spec.given([projectRegistered, cancelled]).when(setBalance()).thenRejects('CONFLICT');
  });

  it.each([
    ['a malformed month', { asOfMonth: '2024-1' }, 'asOfMonth', 'YYYY-MM'],
    ['a month that has not begun', { asOfMonth: '2024-07' }, 'asOfMonth', 'has not begun'],
    ['a negative cumulative investment', { cumulativeInvestment: -1 }, 'cumulativeInvestment', '万元'],
    ['a cumulative investment that is not a number', { cumulativeInvestment: '52000' }, 'cumulativeInvestment', '万元'],
    ['a negative year-to-date investment', { yearToDateInvestment: -5 }, 'yearToDateInvestment', '万元'],
    [
      'a year-to-date part above the whole',
      { cumulativeInvestment: 2000, yearToDateInvestment: 3000 },
      'yearToDateInvestment',
      'cannot exceed',
    ],
    ['a future date', { occurredOn: '2024-06-16' }, 'occurredOn', 'future'],
  ])('refuses %s', (_case, changes, field, message) => {
    spec.given([projectRegistered]).when(setBalance(changes)).thenRejects('BAD_USER_INPUT', { field, message });
  });
});

describe('SubmitMonthlyReport after an opening balance', () => {
  it('refuses a report for a month the opening balance covers', () => {
    spec
      .given([projectRegistered, balanceSet({ ...balance, asOfMonth: '2024-03' })])
      .when(report('2024-03'))
      .thenRejects('BAD_USER_INPUT', { field: 'month', message: 'reports start with 2024-04' });
  });

  it('accepts the month after it', () => {
    spec
      .given([projectRegistered, balanceSet({ ...balance, asOfMonth: '2024-03' })])
      .when(report('2024-04'))
      .then([
        {
          type: 'MonthlyReportSubmitted',
          occurredOn: TODAY,
          data: { month: '2024-04', investment: 800, progressPercent: 40, submittedOn: TODAY },
        },
      ]);
  });
});
