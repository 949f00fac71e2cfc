import { monthNumber } from '@tuijin/domain-kernel';
import type { DemoCalendar } from './demo-calendar';
import type { Random } from './random';
import { isReportMonth, type Timeline } from './stage-timeline';

/** How a project's investment tracks its plan: most keep pace, some lag badly, some catch up late (红转黄转绿). */
export type Performance = 'ON_TRACK' | 'SLIGHTLY_BEHIND' | 'LAGGING' | 'LATE_SURGE';

export const PERFORMANCE_WEIGHTS: Readonly<Record<Performance, number>> = {
  ON_TRACK: 55,
  SLIGHTLY_BEHIND: 22,
  LAGGING: 13,
  LATE_SURGE: 10,
};

/** Share of the annual plan a project of each kind actually invests over its planned span. */
const PACE: Readonly<Record<Performance, readonly [number, number]>> = {
  ON_TRACK: [1.0, 1.15],
  SLIGHTLY_BEHIND: [0.86, 0.97],
  LAGGING: [0.3, 0.65],
  LATE_SURGE: [0.95, 1.1],
};

/** Building slows at Spring Festival and speeds up for the year-end push (年底冲刺), by calendar month. */
const SEASON = [0.7, 0.55, 0.95, 1.0, 1.05, 1.1, 1.0, 0.95, 1.05, 1.1, 1.15, 1.3];

export interface MonthlyFigures {
  /** Investment completed in the month, 万元. */
  investment: number;
  /** Physical progress of the whole project at the month's end. */
  progressPercent: number;
}

/** What a project will invest in the demo's twelve months, and how that spreads over the months it reports. */
export interface InvestmentPace {
  yearInvestment: number;
  weightSum: number;
}

/** A month's share of the window's building (0 when nothing is reported for it); a late surge comes in its second half. */
function monthWeight(calendar: DemoCalendar, timeline: Timeline, performance: Performance, month: string): number {
  if (!calendar.inWindow(month) || !isReportMonth(timeline, month)) return 0;
  const season = SEASON[monthNumber(month) - 1];
  return performance === 'LATE_SURGE' ? season * (calendar.indexOf(month, 0, 13) <= 6 ? 0.3 : 1.7) : season;
}

/**
 * The twelve months' investment follows the annual plan, scaled by the project's
 * pace and by how many of its planned months it actually spent building (a late
 * start or a suspension leaves a gap the project does not make up).
 */
export function investmentPace(
  random: Random,
  calendar: DemoCalendar,
  timeline: Timeline,
  performance: Performance,
  plannedInvestment: number,
): InvestmentPace {
  const { months } = calendar;
  const weightSum = months.reduce((sum, month) => sum + monthWeight(calendar, timeline, performance, month), 0);
  const plannedStart = calendar.indexOf(timeline.plannedStartMonth ?? months[0], 1, 13);
  const plannedEnd = calendar.indexOf(timeline.plannedCompletionMonth ?? months[11], 0, 12);
  const plannedSpan = Math.max(1, plannedEnd - plannedStart + 1);
  const builtSpan = months.filter((month) => isReportMonth(timeline, month)).length;
  const [slowest, fastest] = PACE[performance];
  const yearInvestment = plannedInvestment * random.between(slowest, fastest) * Math.min(1, builtSpan / plannedSpan);
  return { yearInvestment, weightSum };
}

export interface InvestingProject {
  calendar: DemoCalendar;
  timeline: Timeline;
  performance: Performance;
  totalInvestment: number;
}

/**
 * What the project reports for a month, given its physical progress so far
 * (undefined if it reports nothing for that month): the month's seasonal share
 * of the year's investment, with some noise, and progress grown accordingly.
 */
export function monthlyFigures(
  random: Random,
  project: InvestingProject,
  pace: InvestmentPace,
  month: string,
  progressSoFar: number,
): (MonthlyFigures & { progress: number }) | undefined {
  const { calendar, timeline, performance, totalInvestment } = project;
  const weight = monthWeight(calendar, timeline, performance, month);
  if (weight === 0) return undefined;
  const investment = Math.round((pace.yearInvestment * weight * random.between(0.85, 1.15)) / pace.weightSum);
  const progress = progressSoFar + (investment / totalInvestment) * 100;
  const completed = timeline.steps.some((step) => step.stage === 'COMPLETED' && step.day.startsWith(month));
  return {
    investment,
    progressPercent: completed ? 100 : Math.min(99, Math.round(progress * 10) / 10),
    progress,
  };
}
