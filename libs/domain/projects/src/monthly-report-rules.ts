import {
  firstDayOf,
  invalid,
  monthOf,
  optionalText,
  requireAmount,
  requireMonth,
  requireNumberInRange,
} from '@tuijin/domain-kernel';
import { requireAfterOpeningBalance } from './opening-balance-rules';
import { requireOnOrAfter, requireProjectDate } from './project-dates';
import type {
  MonthlyReport,
  ProjectCommandOf,
  ProjectEvent,
  ProjectEventOf,
  RegisteredProject,
  ReportData,
} from './project.types';

const MAX_NOTE_LENGTH = 2000;

/**
 * The day a report counts as submitted: the day it is recorded. Punctuality is judged by it, so
 * only an admin back-filling a ledger may state another day (the report is then marked back-filled).
 */
function submissionDay(command: ProjectCommandOf<'SubmitMonthlyReport'>): unknown {
  const stated = command.submittedOn ?? command.today;
  if (stated !== command.today && !command.mayBackfill) {
    throw invalid(
      'submittedOn',
      `submittedOn is the day a report is recorded (today, ${command.today}): only a district or city admin back-filling a ledger may state another day`,
    );
  }
  return stated;
}

/**
 * The report of a month (月报). A second report for the same month is a
 * correction: a new event that supersedes, never an overwrite, so punctuality
 * can still be judged by the first submission.
 */
export function submitMonthlyReport(
  project: RegisteredProject,
  command: ProjectCommandOf<'SubmitMonthlyReport'>,
): ProjectEvent {
  const month = requireMonth('month', command.month);
  if (month > monthOf(command.today))
    throw invalid('month', `month ${month} has not begun yet (today is ${command.today})`);
  if (month < monthOf(project.registeredOn)) {
    throw invalid('month', `month ${month} is before the project was registered on ${project.registeredOn}`);
  }
  requireAfterOpeningBalance(project, month);
  const investment = requireAmount('investment', command.investment);
  const progressPercent = requireNumberInRange('progressPercent', command.progressPercent, 0, 100);
  const note = optionalText('note', command.note, MAX_NOTE_LENGTH);
  const submittedOn = requireOnOrAfter(
    'submittedOn',
    requireProjectDate('submittedOn', submissionDay(command), project, command.today),
    firstDayOf(month),
    `is before ${firstDayOf(month)}: a month is reported once it has begun`,
  );
  const report: ReportData = {
    month,
    investment,
    progressPercent,
    ...(note !== undefined && { note }),
    submittedOn,
    ...(submittedOn < command.today && { backfilled: true }),
  };

  const previous = project.reports[month];
  if (previous === undefined) return { type: 'MonthlyReportSubmitted', occurredOn: submittedOn, data: report };
  // A correction dated before what it corrects would make the history contradict itself.
  requireOnOrAfter(
    'submittedOn',
    submittedOn,
    previous.submittedOn,
    `is before the report it corrects (${previous.submittedOn}): corrections must be in date order`,
  );
  return {
    type: 'MonthlyReportCorrected',
    occurredOn: submittedOn,
    data: { ...report, previousInvestment: previous.investment },
  };
}

export function evolveMonthlyReport(
  project: RegisteredProject,
  event: ProjectEventOf<'MonthlyReportSubmitted' | 'MonthlyReportCorrected'>,
): RegisteredProject {
  const { month, investment, progressPercent, note, submittedOn } = event.data;
  const previous = project.reports[month];
  const report: MonthlyReport = {
    month,
    investment,
    progressPercent,
    ...(note !== undefined && { note }),
    submittedOn,
    firstSubmittedOn: previous?.firstSubmittedOn ?? submittedOn,
    corrections: previous === undefined ? 0 : previous.corrections + 1,
  };
  return { ...project, reports: { ...project.reports, [month]: report } };
}
