import { REASONS, progressNote } from './catalogue/texts';
import { addDays, addMonths, dayInMonth, lastDayOf } from './calendar';
import { operation, type DemoOperation } from './demo-operation';
import type { MonthlyFigures } from './investment-schedule';
import type { Random } from './random';

/** Reports are due on this day of the following month (the districts' default). */
export const REPORT_DUE_DAY = 5;

/** How a project's reporter behaves: chances that a month's report is late, missing, or corrected afterwards. */
export interface ReportingHabit {
  late: number;
  missing: number;
  correction: number;
}

const HABITS: Readonly<Record<'PUNCTUAL' | 'AVERAGE' | 'SLOPPY', ReportingHabit>> = {
  PUNCTUAL: { late: 0.03, missing: 0.01, correction: 0.05 },
  AVERAGE: { late: 0.12, missing: 0.03, correction: 0.05 },
  SLOPPY: { late: 0.35, missing: 0.08, correction: 0.08 },
};

export const drawReportingHabit = (random: Random): ReportingHabit =>
  HABITS[random.weighted({ PUNCTUAL: 70, AVERAGE: 22, SLOPPY: 8 })];

function submissionDay(random: Random, month: string, habit: ReportingHabit): string {
  const next = addMonths(month, 1);
  if (random.chance(habit.late)) {
    return random.chance(0.8)
      ? dayInMonth(next, random.int(REPORT_DUE_DAY + 1, 28))
      : dayInMonth(addMonths(month, 2), random.int(1, 20));
  }
  // A few reporters file in the last days of the month itself.
  if (random.chance(0.03)) return addDays(lastDayOf(month), -random.int(0, 2));
  return dayInMonth(next, random.int(1, REPORT_DUE_DAY));
}

/**
 * The month's report (月报), entered on the day it is submitted: mostly by the
 * 5th of the next month, sometimes late, now and then missing, and sometimes
 * followed by a correction (a second report for the same month).
 */
export function reportOperations(
  random: Random,
  projectId: string,
  month: string,
  figures: MonthlyFigures,
  habit: ReportingHabit,
): DemoOperation[] {
  if (random.chance(habit.missing)) return [];
  const submittedOn = submissionDay(random, month, habit);
  const report = {
    projectId,
    month,
    investment: figures.investment,
    progressPercent: figures.progressPercent,
    note: progressNote(random, figures.progressPercent),
    submittedOn,
  };
  const operations = [operation('SubmitMonthlyReport', submittedOn, report)];
  if (random.chance(habit.correction)) {
    const correctedOn = addDays(submittedOn, random.int(1, 12));
    operations.push(
      operation('SubmitMonthlyReport', correctedOn, {
        ...report,
        investment: Math.round(figures.investment * random.between(0.75, 1.3)),
        note: REASONS.correction,
        submittedOn: correctedOn,
      }),
    );
  }
  return operations;
}
