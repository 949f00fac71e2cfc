import { addMonths, firstDayOf, isMonth, lastDayOf, monthNumber, yearOf } from '@tuijin/domain-kernel';
import { dayInMonth, monthsBetween } from './calendar';

/**
 * The demo's calendar: twelve months of reports ending with `endMonth` (the window), set up in
 * the month before them, when the districts start using Tuijin, and lived until the reports of the
 * last month have come in (or until `lastDay`, when that is sooner: nothing is entered after it).
 *
 * Months are numbered from the window's first: month(1) is its first month, month(12) its last,
 * month(0) the set-up month and month(13) the month the last reports come in. With the reference
 * end month (December 2025) the window is the calendar year 2025, the demo as the tests know it.
 */
export class DemoCalendar {
  readonly endMonth: string;
  readonly firstMonth: string;
  /** The first simulated day: districts and units are set up, the year's project list is entered. */
  readonly startDay: string;
  /** The day the simulation runs to: the last month's reports have come in. */
  readonly simulatedEnd: string;
  /** Nothing is entered after this day (the day before seeding, for a demo that ends last month). */
  readonly lastDay: string;
  /** The window's twelve months. */
  readonly months: readonly string[];
  /** The calendar years the window touches: one for a window of January to December, else two. */
  readonly years: readonly number[];

  constructor(endMonth: string, lastDay?: string) {
    if (!isMonth(endMonth)) throw new RangeError(`demo end month must be YYYY-MM, not ${endMonth}`);
    this.endMonth = endMonth;
    this.firstMonth = addMonths(endMonth, -11);
    this.startDay = firstDayOf(addMonths(this.firstMonth, -1));
    this.simulatedEnd = lastDayOf(addMonths(endMonth, 1));
    if (lastDay !== undefined && lastDay < lastDayOf(endMonth))
      throw new RangeError(
        `the demo's last day (${lastDay}) must not come before the end of its end month ${endMonth}`,
      );
    this.lastDay = lastDay !== undefined && lastDay < this.simulatedEnd ? lastDay : this.simulatedEnd;
    this.months = monthsBetween(this.firstMonth, endMonth);
    this.years = [...new Set(this.months.map(yearOf))];
  }

  /** The `k`-th month of the window (0 is the set-up month before it, 13 the month after it). */
  month(k: number): string {
    return addMonths(this.firstMonth, k - 1);
  }

  /** The `date`-th day of the window's `k`-th month. */
  day(k: number, date: number): string {
    return dayInMonth(this.month(k), date);
  }

  inWindow(month: string): boolean {
    return month >= this.firstMonth && month <= this.endMonth;
  }

  /** A month's place in the window (1..12), `before` for an earlier month and `after` for a later one. */
  indexOf(month: string, before: number, after: number): number {
    if (month < this.firstMonth) return before;
    if (month > this.endMonth) return after;
    return (yearOf(month) - yearOf(this.firstMonth)) * 12 + monthNumber(month) - monthNumber(this.firstMonth) + 1;
  }

  /** The year of the window's last month: the one the demo's current figures are about. */
  get currentYear(): number {
    return yearOf(this.endMonth);
  }
}

/** The end month the tests and benchmarks use, so their numbers stay put: the demo of calendar year 2025. */
export const REFERENCE_END_MONTH = '2025-12';

/**
 * The calendar of a demo seeded on `today`: its twelve months of reports end with the month before,
 * and nothing is entered after yesterday. A deployment may pin the end month instead (browser tests
 * do, so their periods stay put); it must lie before the current month.
 */
export function demoCalendarFor(today: string, pinnedEndMonth?: string): { endMonth: string; lastDay: string } {
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const endMonth = pinnedEndMonth ?? addMonths(today.slice(0, 7), -1);
  const calendar = new DemoCalendar(endMonth);
  if (calendar.endMonth >= today.slice(0, 7)) {
    throw new RangeError(`the demo's end month ${endMonth} must lie before the current month (today is ${today})`);
  }
  return { endMonth, lastDay: yesterday < calendar.simulatedEnd ? yesterday : calendar.simulatedEnd };
}
