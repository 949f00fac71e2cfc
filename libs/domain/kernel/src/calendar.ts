import { invalid } from './domain-error';

/**
 * Business dates are ISO strings: days `YYYY-MM-DD`, months `YYYY-MM`, years
 * as numbers. ISO strings of one kind compare correctly as strings, which keeps
 * the domain free of Date objects and time zones.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = MONTH.exec(value);
  return !!match && isYear(Number(match[1])) && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function isYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MIN_YEAR && (value as number) <= MAX_YEAR;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1–12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

export const monthOf = (day: string): string => day.slice(0, 7);
export const yearOf = (dayOrMonth: string): number => Number(dayOrMonth.slice(0, 4));
export const monthNumber = (month: string): number => Number(month.slice(5, 7));

/** Last days by month: an assessment asks for the same few months' ends thousands of times. */
const lastDays = new Map<string, string>();

export function lastDayOf(month: string): string {
  let day = lastDays.get(month);
  if (day === undefined) {
    day = `${month}-${String(daysInMonth(yearOf(month), monthNumber(month))).padStart(2, '0')}`;
    if (isMonth(month)) lastDays.set(month, day);
  }
  return day;
}

export const firstDayOf = (month: string): string => `${month}-01`;

export function addMonths(month: string, count: number): string {
  const index = yearOf(month) * 12 + monthNumber(month) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Validators that throw a BAD_USER_INPUT error naming the field. */
export function requireDay(field: string, value: unknown): string {
  if (!isDay(value))
    throw invalid(field, `${field} must be a real date written YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`);
  return value;
}

export function requireMonth(field: string, value: unknown): string {
  if (!isMonth(value))
    throw invalid(field, `${field} must be a month written YYYY-MM between ${MIN_YEAR} and ${MAX_YEAR}`);
  return value;
}

export function requireYear(field: string, value: unknown): number {
  if (!isYear(value)) throw invalid(field, `${field} must be a whole year between ${MIN_YEAR} and ${MAX_YEAR}`);
  return value;
}

/** Business facts may be back-filled but may not be dated after the command's `today`. */
export function requireNotFuture(field: string, day: string, today: string): string {
  requireDay(field, day);
  if (day > today) throw invalid(field, `${field} ${day} is in the future (today is ${today})`);
  return day;
}
