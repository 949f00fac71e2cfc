import { invalid, lastDayOf, MAX_YEAR, MIN_YEAR } from '@tuijin/domain-kernel';

/** An assessment period: a month `YYYY-MM`, a quarter `YYYY-Qn` or a year `YYYY`. */
export interface Period {
  label: string;
  kind: 'MONTH' | 'QUARTER' | 'YEAR';
  year: number;
  /** The period's last month (1–12): a quarter is assessed as of its last month, a year as of December. */
  month: number;
  /** The period's last day, YYYY-MM-DD. */
  endDay: string;
}

const PATTERNS: [RegExp, Period['kind'], (match: RegExpExecArray) => number][] = [
  [/^(\d{4})-(0[1-9]|1[0-2])$/, 'MONTH', (m) => Number(m[2])],
  [/^(\d{4})-Q([1-4])$/, 'QUARTER', (m) => Number(m[2]) * 3],
  [/^(\d{4})$/, 'YEAR', () => 12],
];

export function parsePeriod(label: string, field = 'period'): Period {
  for (const [pattern, kind, lastMonth] of PATTERNS) {
    const match = pattern.exec(label);
    if (!match) continue;
    const year = Number(match[1]);
    if (year < MIN_YEAR || year > MAX_YEAR) break;
    const month = lastMonth(match);
    return { label, kind, year, month, endDay: lastDayOf(`${year}-${String(month).padStart(2, '0')}`) };
  }
  throw invalid(field, `${field} must be a month (2025-03), a quarter (2025-Q1) or a year (2025), got "${label}"`);
}

export const monthLabel = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;
