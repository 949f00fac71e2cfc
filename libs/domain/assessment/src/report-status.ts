import { lastDayOf, monthNumber, yearOf } from '@tuijin/domain-kernel';
import type { ProjectFacts } from './facts';
import type { Period } from './period';
import { firstSubmission, openingBalanceOf, planFor, stageOn } from './project-timeline';
import { reportDeadline, type RuleSettings } from './rule-set';

/** A project's monthly report (月报) for one month, as judged on a day: 已报 on time, 迟报, 未报 or 不需报. */
export type ReportStatus = 'ON_TIME' | 'LATE' | 'MISSING' | 'NOT_DUE';

/**
 * A report is owed for a month when the project is under construction on the month's last day,
 * unless the opening balance (开累基数) already covers the month.
 */
export function reportIsDue(facts: ProjectFacts, month: string, monthEnd = lastDayOf(month)): boolean {
  const covered = openingBalanceOf(facts);
  if (covered !== undefined && month <= covered.asOfMonth) return false;
  return stageOn(facts, monthEnd) === 'UNDER_CONSTRUCTION';
}

/** Whether the month's first report came by its due day (a missing report is not on time). */
export function reportOnTime(
  facts: ProjectFacts,
  month: string,
  rules: Pick<RuleSettings, 'reportDueDay'>,
  deadline = reportDeadline(month, rules),
): boolean {
  const submitted = firstSubmission(facts, month);
  return submitted !== undefined && submitted <= deadline;
}

/** The status of a month's report on `day`: a report submitted after that day counts as not yet there. */
export function reportStatus(
  facts: ProjectFacts,
  month: string,
  rules: Pick<RuleSettings, 'reportDueDay'>,
  day: string,
): ReportStatus {
  if (!reportIsDue(facts, month)) return 'NOT_DUE';
  const submitted = firstSubmission(facts, month);
  if (submitted === undefined || submitted > day) return 'MISSING';
  return reportOnTime(facts, month, rules) ? 'ON_TIME' : 'LATE';
}

/** A project is due to have started by the period's end when its plan for the year starts in the year by then. */
export function startIsDue(facts: ProjectFacts, period: Pick<Period, 'year' | 'month'>): boolean {
  const plan = planFor(facts, period.year);
  return (
    !!plan && yearOf(plan.plannedStartMonth) === period.year && monthNumber(plan.plannedStartMonth) <= period.month
  );
}
