import {
  firstSubmission,
  isActiveOn,
  leadUnitOn,
  reportDeadline,
  reportStatus,
  type ReportStatus,
} from '@tuijin/domain-assessment';
import { addMonths, compareText, lastDayOf, monthOf, requireMonth } from '@tuijin/domain-kernel';
import type { AssessmentQueries } from '@tuijin/read-models';

export interface ReportingGrid {
  districtId: string;
  month: string;
  dueOn: string;
  /** The day the statuses are judged on (today, or the day of `knownAt`). */
  judgedOn: string;
  units: ReportingUnitRow[];
  totals: Record<ReportStatus, number>;
}

export interface ReportingUnitRow {
  unitId: string;
  code: string;
  name: string;
  counts: Record<ReportStatus, number>;
  projects: { projectId: string; code: string; name: string; status: ReportStatus; submittedOn: string | null }[];
}

export interface OwedReport {
  projectId: string;
  code: string;
  name: string;
  month: string;
  dueOn: string;
  /** Past its due day already. */
  overdue: boolean;
}

const emptyCounts = (): Record<ReportStatus, number> => ({ ON_TIME: 0, LATE: 0, MISSING: 0, NOT_DUE: 0 });
const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** How many past months a reporter is reminded of. */
const OWED_MONTHS = 12;

/** Reporting status (催报): who has reported a month, who is late, who still owes it. */
export class ReportingStatusQueries {
  constructor(private readonly assessments: AssessmentQueries) {}

  /** Every unit × its projects for a month: 已报 on time, 迟报, 未报 or 不需报, judged on `day`. */
  async grid(districtId: string, month: string, day: string, knownAt?: string): Promise<ReportingGrid> {
    requireMonth('month', month);
    const [{ units, projects }, rules] = await Promise.all([
      this.assessments.districtFacts(districtId, knownAt),
      this.assessments.ruleSetFor(districtId, month, knownAt),
    ]);
    const monthEnd = lastDayOf(month);
    const rows = new Map<string, ReportingUnitRow>(
      units.map((u) => [
        u.unitId,
        { unitId: u.unitId, code: u.code, name: u.name, counts: emptyCounts(), projects: [] },
      ]),
    );
    const totals = emptyCounts();
    for (const project of projects) {
      if (!isActiveOn(project, monthEnd)) continue;
      const row = rows.get(leadUnitOn(project, monthEnd) as string);
      if (!row) continue;
      const status = reportStatus(project, month, rules, day);
      const submitted = firstSubmission(project, month);
      row.counts[status] += 1;
      totals[status] += 1;
      row.projects.push({
        projectId: project.projectId,
        code: project.code,
        name: project.name,
        status,
        submittedOn: submitted !== undefined && submitted <= day ? submitted : null,
      });
    }
    const unitRows = [...rows.values()].sort(byCode);
    for (const row of unitRows) row.projects.sort(byCode);
    return { districtId, month, dueOn: reportDeadline(month, rules), judgedOn: day, units: unitRows, totals };
  }

  /** Every report a unit still owes, over the last twelve months before `day`'s month, oldest first. */
  async owed(districtId: string, unitId: string, day: string): Promise<OwedReport[]> {
    const { projects } = await this.assessments.districtFacts(districtId);
    const months = Array.from({ length: OWED_MONTHS }, (_, i) => addMonths(monthOf(day), i - OWED_MONTHS));
    const owed: OwedReport[] = [];
    for (const month of months) {
      const rules = await this.assessments.ruleSetFor(districtId, month);
      const dueOn = reportDeadline(month, rules);
      for (const project of projects) {
        const monthEnd = lastDayOf(month);
        if (!isActiveOn(project, monthEnd) || leadUnitOn(project, monthEnd) !== unitId) continue;
        if (reportStatus(project, month, rules, day) !== 'MISSING') continue;
        owed.push({
          projectId: project.projectId,
          code: project.code,
          name: project.name,
          month,
          dueOn,
          overdue: dueOn < day,
        });
      }
    }
    return owed.sort((a, b) => compareText(a.month, b.month) || byCode(a, b));
  }
}
