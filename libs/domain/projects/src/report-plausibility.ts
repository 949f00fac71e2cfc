import { monthNumber, requireAmount, requireMonth, requireNumberInRange, yearOf } from '@tuijin/domain-kernel';
import type { AnnualPlan } from './project.types';

/**
 * Plausibility of a monthly report (月报): figures that are allowed but look mistyped, for the
 * reporter to confirm before sending. They never refuse a report; bad figures (a negative
 * amount, a progress over 100 %) are refused by the command itself.
 */
export type ReportWarning =
  /** Physical progress lower than the report of an earlier month said. */
  | { kind: 'PROGRESS_BACKWARDS'; field: 'progressPercent'; comparedWith: number; previousMonth: string }
  /** Investment of the month more than `factor` times the annual plan's monthly pace. */
  | { kind: 'INVESTMENT_ABOVE_PACE'; field: 'investment'; comparedWith: number; factor: number };

/** How many times the plan's monthly pace a month's investment may reach before it asks for confirmation. */
const PACE_WARNING_FACTOR = 3;

export interface ProposedReport {
  month: unknown;
  investment: unknown;
  progressPercent: unknown;
}

/** What a proposed report is compared with: the project's reports and annual plans so far. */
export interface ReportHistory {
  reports: readonly { month: string; progressPercent: number }[];
  plans: readonly Pick<AnnualPlan, 'year' | 'plannedInvestment' | 'plannedStartMonth'>[];
}

/** The report of the latest month before `month`, the one a report for `month` follows. */
export function previousReport<Report extends { month: string }>(
  reports: readonly Report[],
  month: string,
): Report | undefined {
  let found: Report | undefined;
  for (const report of reports) if (report.month < month && (!found || report.month > found.month)) found = report;
  return found;
}

/** The plan's investment spread evenly over its months in the year: from its planned start (or January) to December. */
export function monthlyPace(plan: Pick<AnnualPlan, 'plannedInvestment' | 'plannedStartMonth'>, year: number): number {
  const startMonth = yearOf(plan.plannedStartMonth) === year ? monthNumber(plan.plannedStartMonth) : 1;
  return plan.plannedInvestment / (13 - startMonth);
}

/** The warnings a proposed report gives against the project's history; the figures are checked as the command checks them. */
export function reportWarnings(proposed: ProposedReport, history: ReportHistory): ReportWarning[] {
  const month = requireMonth('month', proposed.month);
  const investment = requireAmount('investment', proposed.investment);
  const progressPercent = requireNumberInRange('progressPercent', proposed.progressPercent, 0, 100);
  const warnings: ReportWarning[] = [];
  const previous = previousReport(history.reports, month);
  if (previous && progressPercent < previous.progressPercent) {
    warnings.push({
      kind: 'PROGRESS_BACKWARDS',
      field: 'progressPercent',
      comparedWith: previous.progressPercent,
      previousMonth: previous.month,
    });
  }
  const plan = history.plans.find((p) => p.year === yearOf(month));
  const pace = plan ? monthlyPace(plan, plan.year) : 0;
  if (pace > 0 && investment > PACE_WARNING_FACTOR * pace) {
    warnings.push({
      kind: 'INVESTMENT_ABOVE_PACE',
      field: 'investment',
      comparedWith: pace,
      factor: PACE_WARNING_FACTOR,
    });
  }
  return warnings;
}
