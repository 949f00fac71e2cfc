import { STAGES, type Stage } from '@tuijin/domain-projects';
import type { ProjectFacts } from './facts';
import { startMonthInYear, timeProportion } from './light';
import { monthLabel, type Period } from './period';
import { completedInvestment, isActiveOn, planFor, stageOn } from './project-timeline';
import { completionOfTarget, constructionStart } from './unit-metrics';

/** The stages a counted project can be in: all but CANCELLED, whose projects are shown apart. */
const COUNTED_STAGES: readonly Stage[] = STAGES.filter((stage) => stage !== 'CANCELLED');

/**
 * A district's figures at the end of a period, the one set of numbers that the dashboard, the
 * city comparison, bulletins and exports all show. Every figure counts the same projects:
 * registered by the period's end and not cancelled then. Year figures sum over those of them
 * with an annual plan for the period's year. Amounts in 万元.
 */
export interface DistrictFigures {
  /** Projects registered by the period's end and not cancelled then. */
  projectCount: number;
  /** Projects registered by the period's end and cancelled by then: shown apart, in no total. */
  cancelledCount: number;
  /** The counted projects by stage (四个一批), in lifecycle order; adds up to `projectCount`. */
  stageFunnel: { stage: Stage; count: number }[];
  /** Counted projects with an annual plan for the year: what the year figures sum over. */
  plannedProjectCount: number;
  plannedInvestment: number;
  /** 本年累计: investment completed in months 1..m of the year (completed_Y,≤m). */
  completedYearToDate: number;
  /** The time-proportional target (序时进度) at the period's end. */
  target: number;
  /** completedYearToDate / plannedInvestment; null without planned investment. */
  completionRate: number | null;
  /** target / plannedInvestment, the share of the year's plan due by now; null without planned investment. */
  targetShare: number | null;
  /** completionRate − targetShare: ahead of the 序时 target when positive (超序时进度), behind when negative. */
  gapToTarget: number | null;
  /** The 投资完成 metric over the district: min(1, completedYearToDate / target), 1 when the target is 0. */
  investmentCompletion: number;
  /** The 开工率 metric over the district. */
  constructionStart: number;
}

/** One month of the year: the cumulative 序时 target, what was completed in it, and from January to it. */
export interface MonthInvestment {
  month: string;
  target: number;
  completed: number;
  completedToDate: number;
}

/** The projects every district figure counts: registered by the day and not cancelled then. */
export const countedProjects = (projects: readonly ProjectFacts[], day: string): ProjectFacts[] =>
  projects.filter((project) => isActiveOn(project, day));

/** Of the counted projects, those with an annual plan for the year, each with that plan. */
function withPlans(counted: readonly ProjectFacts[], year: number) {
  return counted.flatMap((facts) => {
    const plan = planFor(facts, year);
    return plan ? [{ facts, plan }] : [];
  });
}

const targetAt = (plan: { plannedInvestment: number; plannedStartMonth: string }, year: number, month: number) =>
  plan.plannedInvestment * timeProportion(month, startMonthInYear(plan.plannedStartMonth, year));

/** The district's figures for a period, from the facts as known (see `projectFactsKnownAt`). */
export function districtFigures(projects: readonly ProjectFacts[], period: Period): DistrictFigures {
  const { endDay, year, month } = period;
  const counted = countedProjects(projects, endDay);
  const cancelledCount = projects.filter(
    (project) => project.registeredOn <= endDay && stageOn(project, endDay) === 'CANCELLED',
  ).length;
  const byStage = new Map<Stage, number>();
  for (const project of counted) {
    const stage = stageOn(project, endDay) as Stage;
    byStage.set(stage, (byStage.get(stage) ?? 0) + 1);
  }
  const planned = withPlans(counted, year);
  let plannedInvestment = 0;
  let completedYearToDate = 0;
  let target = 0;
  for (const { facts, plan } of planned) {
    plannedInvestment += plan.plannedInvestment;
    completedYearToDate += completedInvestment(facts, year, month);
    target += targetAt(plan, year, month);
  }
  const share = (amount: number) => (plannedInvestment > 0 ? amount / plannedInvestment : null);
  const completionRate = share(completedYearToDate);
  const targetShare = share(target);
  return {
    projectCount: counted.length,
    cancelledCount,
    stageFunnel: COUNTED_STAGES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })),
    plannedProjectCount: planned.length,
    plannedInvestment,
    completedYearToDate,
    target,
    completionRate,
    targetShare,
    gapToTarget: completionRate === null || targetShare === null ? null : completionRate - targetShare,
    // the metric's own sums are the ones above: the same projects, plans and months
    investmentCompletion: completionOfTarget(completedYearToDate, target),
    constructionStart: constructionStart(counted, period),
  };
}

/**
 * Month by month through the period's year, over the same projects as `districtFigures`, so that
 * the period's month ends on its `completedYearToDate` and `target`. Months after the period
 * have a target and nothing completed yet.
 */
export function investmentByMonth(projects: readonly ProjectFacts[], period: Period): MonthInvestment[] {
  const { year } = period;
  const planned = withPlans(countedProjects(projects, period.endDay), year);
  const completedIn = new Array<number>(12).fill(0);
  for (const { facts } of planned) {
    let before = 0;
    for (let month = 1; month <= period.month; month++) {
      const toDate = completedInvestment(facts, year, month);
      completedIn[month - 1] += toDate - before;
      before = toDate;
    }
  }
  let completedToDate = 0;
  return completedIn.map((completed, index) => {
    completedToDate += completed;
    const target = planned.reduce((sum, { plan }) => sum + targetAt(plan, year, index + 1), 0);
    return { month: monthLabel(year, index + 1), target, completed, completedToDate };
  });
}
