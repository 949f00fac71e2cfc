import type { Stage } from '../../gql/graphql';
import { addMonths, lastDayOfMonth, reportDueOn } from '../../lib/period';

export type ReportState = 'onTime' | 'late' | 'due' | 'overdue';

export interface ReportStatus {
  state: ReportState;
  dueOn: string;
}

interface ProjectForMonth {
  stage: Stage;
  stageSince: string;
  monthlyReports: readonly { month: string; dueOn: string; late: boolean }[];
}

/**
 * Whether a project owes a report for a month, and where that report stands. A report is
 * owed by a project under construction at the month's end; the app knows the current stage
 * and since when, so a project that has since moved on is judged by the report it sent.
 * Returns undefined for a project that owes nothing for the month.
 */
export function reportStatus(project: ProjectForMonth, month: string, today: string, dueDay: number): ReportStatus | undefined {
  const report = project.monthlyReports.find((r) => r.month === month);
  if (report) return { state: report.late ? 'late' : 'onTime', dueOn: report.dueOn };
  const building = project.stage === 'UNDER_CONSTRUCTION' && project.stageSince <= lastDayOfMonth(month);
  if (!building) return undefined;
  const dueOn = reportDueOn(month, dueDay);
  return { state: today > dueOn ? 'overdue' : 'due', dueOn };
}

/** Reports still to send first, the overdue ones at the top. */
const ORDER: Record<ReportState, number> = { overdue: 0, due: 1, late: 2, onTime: 3 };
export const byUrgency = (a: ReportStatus, b: ReportStatus): number => ORDER[a.state] - ORDER[b.state];

/**
 * The month a new report is most likely for: the month after the latest one reported, but
 * never one that has not ended yet (then the month just ended).
 */
export function nextReportMonth(reports: readonly { month: string }[], today: string): string {
  const lastEnded = addMonths(today.slice(0, 7), -1);
  const latest = reports.reduce<string | undefined>((max, r) => (!max || r.month > max ? r.month : max), undefined);
  if (!latest) return lastEnded;
  const next = addMonths(latest, 1);
  return next < lastEnded ? next : lastEnded;
}
