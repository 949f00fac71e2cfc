import type { ProjectCommandOf, ProjectEvent } from './project.types';
import { projectRegistered, projectSpec as spec, reportSubmitted, TODAY } from './testing/project-fixtures';

type Submission = ProjectCommandOf<'SubmitMonthlyReport'>;
const submit = (changes: Partial<Record<keyof Submission, unknown>> = {}) =>
  ({
    type: 'SubmitMonthlyReport',
    today: TODAY,
    month: '2024-05',
    investment: 2600,
    progressPercent: 35,
    note: '主体结构施工中',
    submittedOn: '2024-06-04',
    // an admin back-filling the ledger, unless a test says otherwise
    mayBackfill: true,
    ...changes,
  }) as Submission;

const submittedMay: ProjectEvent = {
  type: 'MonthlyReportSubmitted',
  occurredOn: '2024-06-04',
  data: {
    month: '2024-05',
    investment: 2600,
    progressPercent: 35,
    note: '主体结构施工中',
    submittedOn: '2024-06-04',
    backfilled: true,
  },
};

describe('SubmitMonthlyReport', () => {
  it('records the first report of a month on the day it was submitted', () => {
    const state = spec.given([projectRegistered]).when(submit()).then([submittedMay]);
    expect(state).toMatchObject({
      reports: {
        '2024-05': {
          month: '2024-05',
          investment: 2600,
          progressPercent: 35,
          submittedOn: '2024-06-04',
          firstSubmittedOn: '2024-06-04',
          corrections: 0,
        },
      },
    });
  });

  it('accepts the current month, a trimmed note and no note at all', () => {
    spec
      .given([projectRegistered])
      .when(submit({ month: '2024-06', submittedOn: TODAY, note: '  ' }))
      .then([
        {
          type: 'MonthlyReportSubmitted',
          occurredOn: TODAY,
          data: { month: '2024-06', investment: 2600, progressPercent: 35, submittedOn: TODAY },
        },
      ]);
  });

  it('accepts the month of registration, submitted on the registration day', () => {
    spec
      .given([projectRegistered])
      .when(submit({ month: '2024-02', submittedOn: '2024-02-10', note: ' 已签约 ' }))
      .then([
        {
          type: 'MonthlyReportSubmitted',
          occurredOn: '2024-02-10',
          data: {
            month: '2024-02',
            investment: 2600,
            progressPercent: 35,
            note: '已签约',
            submittedOn: '2024-02-10',
            backfilled: true,
          },
        },
      ]);
  });

  describe('corrections', () => {
    it('records a second report of a month as a correction that keeps the first submission date', () => {
      const state = spec
        .given([projectRegistered, submittedMay])
        .when(submit({ investment: 2400, submittedOn: '2024-06-10' }))
        .then([
          {
            type: 'MonthlyReportCorrected',
            occurredOn: '2024-06-10',
            data: {
              month: '2024-05',
              investment: 2400,
              progressPercent: 35,
              note: '主体结构施工中',
              submittedOn: '2024-06-10',
              backfilled: true,
              previousInvestment: 2600,
            },
          },
        ]);
      expect(state).toMatchObject({
        reports: {
          '2024-05': { investment: 2400, submittedOn: '2024-06-10', firstSubmittedOn: '2024-06-04', corrections: 1 },
        },
      });
    });

    it('supersedes the whole report, so a correction without a note drops the note', () => {
      const state = spec
        .given([projectRegistered, submittedMay])
        .when(submit({ note: undefined, submittedOn: '2024-06-04' }))
        .then([
          {
            type: 'MonthlyReportCorrected',
            occurredOn: '2024-06-04',
            data: {
              month: '2024-05',
              investment: 2600,
              progressPercent: 35,
              submittedOn: '2024-06-04',
              backfilled: true,
              previousInvestment: 2600,
            },
          },
        ]);
      expect(state).not.toHaveProperty(['reports', '2024-05', 'note']);
    });

    it('compares a later correction with the latest value and keeps counting', () => {
      const firstCorrection: ProjectEvent = {
        type: 'MonthlyReportCorrected',
        occurredOn: '2024-06-10',
        data: {
          month: '2024-05',
          investment: 2400,
          progressPercent: 35,
          submittedOn: '2024-06-10',
          previousInvestment: 2600,
        },
      };
      const state = spec
        .given([projectRegistered, submittedMay, firstCorrection, reportSubmitted('2024-04', 1800, '2024-05-05')])
        .when(submit({ investment: 2500, progressPercent: 36, note: undefined, submittedOn: '2024-06-12' }))
        .then([
          {
            type: 'MonthlyReportCorrected',
            occurredOn: '2024-06-12',
            data: {
              month: '2024-05',
              investment: 2500,
              progressPercent: 36,
              submittedOn: '2024-06-12',
              backfilled: true,
              previousInvestment: 2400,
            },
          },
        ]);
      expect(state).toMatchObject({
        reports: {
          '2024-04': { investment: 1800, firstSubmittedOn: '2024-05-05', corrections: 0 },
          '2024-05': { investment: 2500, firstSubmittedOn: '2024-06-04', corrections: 2 },
        },
      });
    });

    it('refuses a correction dated before the report it corrects', () => {
      spec
        .given([projectRegistered, submittedMay])
        .when(submit({ submittedOn: '2024-06-03' }))
        .thenRejects('BAD_USER_INPUT', { field: 'submittedOn', message: 'corrections must be in date order' });
    });
  });

  describe('submission day (the day punctuality is judged by)', () => {
    const reporter = (changes: Partial<Record<keyof Submission, unknown>> = {}) =>
      submit({ submittedOn: undefined, mayBackfill: false, ...changes });

    it('is the day a unit reporter’s report is recorded, not marked back-filled', () => {
      spec
        .given([projectRegistered])
        .when(reporter())
        .then([
          {
            type: 'MonthlyReportSubmitted',
            occurredOn: TODAY,
            data: {
              month: '2024-05',
              investment: 2600,
              progressPercent: 35,
              note: '主体结构施工中',
              submittedOn: TODAY,
            },
          },
        ]);
      spec
        .given([projectRegistered])
        .when(reporter({ submittedOn: TODAY }))
        .then([expect.anything()]);
    });

    it.each([
      ['an earlier day', '2024-06-04'],
      ['a later day', '2024-06-16'],
      ['a malformed day', '2024/06/15'],
    ])('refuses %s stated by a unit reporter, naming submittedOn', (_case, day) => {
      spec
        .given([projectRegistered])
        .when(reporter({ submittedOn: day }))
        .thenRejects('BAD_USER_INPUT', {
          field: 'submittedOn',
          message: 'only a district or city admin back-filling a ledger may state another day',
        });
    });

    it('refuses a unit reporter’s correction dated back too', () => {
      spec
        .given([projectRegistered, submittedMay])
        .when(reporter({ investment: 2400, submittedOn: '2024-06-05' }))
        .thenRejects('BAD_USER_INPUT', { field: 'submittedOn', message: 'back-filling a ledger' });
    });

    it('may be stated earlier by an admin back-filling a ledger, and the report is marked back-filled', () => {
      const report = { month: '2024-05', investment: 2600, progressPercent: 35, note: '主体结构施工中' };
      spec
        .given([projectRegistered])
        .when(submit({ submittedOn: '2024-06-03' }))
        .then([
          {
            type: 'MonthlyReportSubmitted',
            occurredOn: '2024-06-03',
            data: { ...report, submittedOn: '2024-06-03', backfilled: true },
          },
        ]);
      spec
        .given([projectRegistered])
        .when(submit({ submittedOn: undefined }))
        .then([{ type: 'MonthlyReportSubmitted', occurredOn: TODAY, data: { ...report, submittedOn: TODAY } }]);
    });
  });

  it.each([
    ['a malformed month', { month: '2024-5' }, 'month', 'YYYY-MM'],
    ['a month that has not begun', { month: '2024-07', submittedOn: TODAY }, 'month', 'has not begun'],
    [
      'a month before the registration',
      { month: '2024-01', submittedOn: '2024-02-10' },
      'month',
      'before the project was registered',
    ],
    ['a negative investment', { investment: -10 }, 'investment', '万元'],
    ['a progress above 100', { progressPercent: 100.5 }, 'progressPercent', '0 to 100'],
    ['a negative progress', { progressPercent: -1 }, 'progressPercent', '0 to 100'],
    ['a note over 2000 characters', { note: '注'.repeat(2001) }, 'note', '2000'],
    ['a submission date in the future', { submittedOn: '2024-06-16' }, 'submittedOn', 'future'],
    ['a malformed submission date', { submittedOn: '2024/06/04' }, 'submittedOn', 'YYYY-MM-DD'],
    [
      'a submission before the month began',
      { month: '2024-05', submittedOn: '2024-04-30' },
      'submittedOn',
      'before 2024-05-01',
    ],
    [
      'a submission before the registration',
      { month: '2024-02', submittedOn: '2024-02-09' },
      'submittedOn',
      'before the project was registered',
    ],
  ])('refuses %s', (_case, changes, field, message) => {
    spec.given([projectRegistered]).when(submit(changes)).thenRejects('BAD_USER_INPUT', { field, message });
  });
});
