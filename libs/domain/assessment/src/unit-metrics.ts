import { lastDayOf } from '@tuijin/domain-kernel';
import type { ProjectFacts, UnitFacts } from './facts';
import { startMonthInYear, timeProportion } from './light';
import { monthLabel, type Period } from './period';
import { completedInvestment, enteredReserveBetween, isStarted, planFor, stageOn } from './project-timeline';
import { reportIsDue, reportOnTime, startIsDue } from './report-status';
import { reportDeadline, type RuleSettings } from './rule-set';

/** The five metric values of a unit, each in [0, 1]. */
export interface MetricValues {
  investmentCompletion: number;
  constructionStart: number;
  reserve: number;
  problemClearance: number;
  reportingPunctuality: number;
}

/** A ratio that is 1 when there is nothing to measure. */
const ratio = (done: number, due: number): number => (due === 0 ? 1 : done / due);

/** 投资完成: completed over the time-proportional target, summed over the unit's planned projects, at most 1. */
export function investmentCompletion(projects: ProjectFacts[], period: Period): number {
  let completed = 0;
  let target = 0;
  for (const project of projects) {
    const plan = planFor(project, period.year);
    if (!plan) continue;
    completed += completedInvestment(project, period.year, period.month);
    target +=
      plan.plannedInvestment * timeProportion(period.month, startMonthInYear(plan.plannedStartMonth, period.year));
  }
  return completionOfTarget(completed, target);
}

/** The 投资完成 value of completed investment against its time-proportional target: at most 1, and 1 with no target. */
export const completionOfTarget = (completed: number, target: number): number =>
  target === 0 ? 1 : Math.min(1, completed / target);

/** 开工率: of the projects planned to start in the year by the period's end, the share started by then. */
export function constructionStart(projects: ProjectFacts[], period: Period): number {
  let due = 0;
  let started = 0;
  for (const project of projects) {
    if (!startIsDue(project, period)) continue;
    due += 1;
    if (isStarted(stageOn(project, period.endDay))) started += 1;
  }
  return ratio(started, due);
}

/** 谋划储备: projects that entered RESERVE in the year by the period's end, against the unit's target. */
function reserve(projects: ProjectFacts[], unit: UnitFacts, period: Period): number {
  let target = 0;
  for (const entry of unit.reserveTargets) if (entry.year === period.year) target = entry.target;
  if (target === 0) return 1;
  const entered = projects.filter((p) => enteredReserveBetween(p, `${period.year}-01-01`, period.endDay)).length;
  return Math.min(1, entered / target);
}

/** 问题办结: problems due in the year by the period's end that were resolved on or before their due date. */
function problemClearance(projects: ProjectFacts[], period: Period): number {
  let due = 0;
  let cleared = 0;
  const yearStart = `${period.year}-01-01`;
  for (const project of projects) {
    for (const problem of project.problems) {
      if (problem.dueOn < yearStart || problem.dueOn > period.endDay) continue;
      due += 1;
      if (problem.resolvedOn !== undefined && problem.resolvedOn <= problem.dueOn) cleared += 1;
    }
  }
  return ratio(cleared, due);
}

/** 按时填报: reports due for months 1..m−1 (projects under construction at the month's end) received by the due day. */
function reportingPunctuality(projects: ProjectFacts[], period: Period, rules: RuleSettings): number {
  let due = 0;
  let onTime = 0;
  for (let k = 1; k < period.month; k++) {
    const month = monthLabel(period.year, k);
    const monthEnd = lastDayOf(month);
    const deadline = reportDeadline(month, rules);
    for (const project of projects) {
      if (!reportIsDue(project, month, monthEnd)) continue;
      due += 1;
      if (reportOnTime(project, month, rules, deadline)) onTime += 1;
    }
  }
  return ratio(onTime, due);
}

/** All five metric values of a unit over its projects at the period's end. */
export function unitMetrics(
  unit: UnitFacts,
  projects: ProjectFacts[],
  period: Period,
  rules: RuleSettings,
): MetricValues {
  return {
    investmentCompletion: investmentCompletion(projects, period),
    constructionStart: constructionStart(projects, period),
    reserve: reserve(projects, unit, period),
    problemClearance: problemClearance(projects, period),
    reportingPunctuality: reportingPunctuality(projects, period, rules),
  };
}

/** score = Σ weight × value, rounded to 2 decimals. */
export function score(values: MetricValues, rules: RuleSettings): number {
  const { weights } = rules;
  const raw =
    weights.investment * values.investmentCompletion +
    weights.start * values.constructionStart +
    weights.reserve * values.reserve +
    weights.problems * values.problemClearance +
    weights.punctuality * values.reportingPunctuality;
  return Math.round(raw * 100) / 100;
}
