import type { ReportStatus as ServerStatus } from '../../gql/graphql';
import { addMonths } from '../../lib/period';

export type ReportState = 'onTime' | 'late' | 'due' | 'overdue';

export interface ReportStatus {
  state: ReportState;
  dueOn: string;
}

/** A report the platform says a project owes (`Project.reportDue`), as the reporting page shows it. */
export function shownStatus(due: { status: ServerStatus; overdue: boolean; dueOn: string }): ReportStatus {
  const state: ReportState =
    due.status === 'ON_TIME' ? 'onTime' : due.status === 'LATE' ? 'late' : due.overdue ? 'overdue' : 'due';
  return { state, dueOn: due.dueOn };
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
