import { addMonths, invalid, monthOf, requireAmount, requireMonth } from '@tuijin/domain-kernel';
import { requireProjectDate } from './project-dates';
import type { ProjectCommandOf, ProjectEvent, RegisteredProject } from './project.types';

/** The earliest month a project has a report for, if any. */
function firstReportedMonth(project: RegisteredProject): string | undefined {
  let first: string | undefined;
  for (const month of Object.keys(project.reports)) if (first === undefined || month < first) first = month;
  return first;
}

/**
 * 开累基数: what a project had invested before its district used Tuijin. Reports then exist only for
 * the months after `asOfMonth`, so the two never count the same month twice: a balance reaching
 * over a reported month is refused. Setting it again corrects it (a new event; the latest counts).
 */
export function setOpeningBalance(
  project: RegisteredProject,
  command: ProjectCommandOf<'SetOpeningBalance'>,
): ProjectEvent {
  const occurredOn = requireProjectDate('occurredOn', command.occurredOn, project, command.today);
  const asOfMonth = requireMonth('asOfMonth', command.asOfMonth);
  if (asOfMonth > monthOf(command.today)) {
    throw invalid('asOfMonth', `asOfMonth ${asOfMonth} has not begun yet (today is ${command.today})`);
  }
  const cumulativeInvestment = requireAmount('cumulativeInvestment', command.cumulativeInvestment);
  const yearToDateInvestment = requireAmount('yearToDateInvestment', command.yearToDateInvestment);
  if (yearToDateInvestment > cumulativeInvestment) {
    throw invalid(
      'yearToDateInvestment',
      `yearToDateInvestment ${yearToDateInvestment} is more than cumulativeInvestment ${cumulativeInvestment}: the year's part cannot exceed the whole`,
    );
  }
  const reported = firstReportedMonth(project);
  if (reported !== undefined && reported <= asOfMonth) {
    throw invalid(
      'asOfMonth',
      `asOfMonth ${asOfMonth} reaches over the monthly report for ${reported}: an opening balance must end before the first reported month (${addMonths(reported, -1)} at the latest)`,
    );
  }
  return { type: 'OpeningBalanceSet', occurredOn, data: { asOfMonth, cumulativeInvestment, yearToDateInvestment } };
}

/** A report for a month the opening balance already covers would count that month twice. */
export function requireAfterOpeningBalance(project: RegisteredProject, month: string): void {
  const asOfMonth = project.openingBalance?.asOfMonth;
  if (asOfMonth !== undefined && month <= asOfMonth) {
    throw invalid(
      'month',
      `month ${month} is covered by the opening balance (开累基数) as of ${asOfMonth}: reports start with ${addMonths(asOfMonth, 1)}`,
    );
  }
}
