import { addMonths, daysInMonth, lastDayOf, monthNumber, yearOf } from '@tuijin/domain-kernel';

/** Day arithmetic on ISO strings (YYYY-MM-DD), in UTC so no time zone can shift a date. */

const MS_PER_DAY = 86_400_000;

export function addDays(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date) + count * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The `date`-th day of a month, clamped to the month's length (day 31 of February is its last day). */
export function dayInMonth(month: string, date: number): string {
  const clamped = Math.min(Math.max(1, date), daysInMonth(yearOf(month), monthNumber(month)));
  return `${month}-${String(clamped).padStart(2, '0')}`;
}

export const monthOfYear = (year: number, monthIndex: number): string =>
  `${year}-${String(monthIndex).padStart(2, '0')}`;

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

export const laterOf = (a: string, b: string): string => (a > b ? a : b);

export { addMonths, lastDayOf };
