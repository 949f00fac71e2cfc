/**
 * Assessment periods (`2025-06`, `2025-Q2`, `2025`) and the months the app offers.
 * Dates are plain strings as the API writes them; nothing here reads the clock.
 */

export type PeriodKind = 'month' | 'quarter' | 'year';

export function periodKind(period: string): PeriodKind {
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  return 'year';
}

export const yearOf = (period: string): number => Number(period.slice(0, 4));

/** The last month a period covers: its own month, its quarter's third month, or December. */
export function lastMonthOf(period: string): string {
  const year = period.slice(0, 4);
  switch (periodKind(period)) {
    case 'month':
      return period;
    case 'quarter':
      return `${year}-${String(Number(period.slice(6)) * 3).padStart(2, '0')}`;
    case 'year':
      return `${year}-12`;
  }
}

export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Month `YYYY-MM` of a day `YYYY-MM-DD`. */
export const monthOfDay = (day: string): string => day.slice(0, 7);

/**
 * The period the app opens on: the latest month with reported investment that has ended
 * by `today`, else the month before today. Officials read last month's figures; a fresh
 * deployment without reports still opens on a sensible month.
 */
export function defaultPeriod(today: string, reportedMonths: readonly string[]): string {
  const lastEnded = addMonths(monthOfDay(today), -1);
  const candidates = reportedMonths.filter((month) => month <= lastEnded).sort();
  return candidates.length > 0 ? candidates[candidates.length - 1] : lastEnded;
}

/** The periods offered in the picker for a year: 12 months, 4 quarters and the year. */
export function periodsOfYear(year: number): string[] {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return [...months, ...quarters, String(year)];
}

/** Today's date (YYYY-MM-DD) in a time zone: business dates are the district's, not the browser's. */
export const todayIn = (timeZone: string, now: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/** The last day (YYYY-MM-DD) of a month. */
export function lastDayOfMonth(month: string): string {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** A month (2025-06), a quarter (2025-Q2) or a year (2025). */
export const isPeriod = (text: string): boolean => /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(text);
