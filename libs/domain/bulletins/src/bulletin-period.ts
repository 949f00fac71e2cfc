import { assertNever, daysInMonth, invalid, lastDayOf, MAX_YEAR, MIN_YEAR, requireOneOf } from '@tuijin/domain-kernel';

export const BULLETIN_KINDS = ['TEN_DAY', 'MONTH', 'QUARTER', 'YEAR'] as const;
/** 旬报, 月报, 季报, 年报: how often a district office issues a bulletin (通报). */
export type BulletinKind = (typeof BULLETIN_KINDS)[number];

/** The period a bulletin speaks of: `YYYY-MM-T1…T3` (ten days), `YYYY-MM`, `YYYY-Qn` or `YYYY`. */
export interface BulletinPeriod {
  kind: BulletinKind;
  label: string;
  year: number;
  /** The last day the bulletin speaks of: starts, problems and reporting are as of this day. */
  asOfDay: string;
}

const PATTERNS: Record<BulletinKind, { pattern: RegExp; example: string; asOfDay: (m: RegExpExecArray) => string }> = {
  TEN_DAY: {
    pattern: /^(\d{4})-(0[1-9]|1[0-2])-T([1-3])$/,
    example: '2025-07-T2',
    asOfDay: (m) => {
      const month = `${m[1]}-${m[2]}`;
      return m[3] === '3' ? lastDayOf(month) : `${month}-${m[3] === '1' ? '10' : '20'}`;
    },
  },
  MONTH: { pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, example: '2025-07', asOfDay: (m) => lastDayOf(`${m[1]}-${m[2]}`) },
  QUARTER: {
    pattern: /^(\d{4})-Q([1-4])$/,
    example: '2025-Q3',
    asOfDay: (m) => lastDayOf(`${m[1]}-${String(Number(m[2]) * 3).padStart(2, '0')}`),
  },
  YEAR: { pattern: /^(\d{4})$/, example: '2025', asOfDay: (m) => `${m[1]}-12-31` },
};

/** Reads a bulletin's kind and period; a period that does not fit the kind is refused, naming the field. */
export function parseBulletinPeriod(kind: unknown, label: unknown): BulletinPeriod {
  const checkedKind = requireOneOf('kind', kind, BULLETIN_KINDS);
  const { pattern, example, asOfDay } = PATTERNS[checkedKind];
  const match = typeof label === 'string' ? pattern.exec(label) : null;
  const year = match ? Number(match[1]) : NaN;
  if (!match || year < MIN_YEAR || year > MAX_YEAR) {
    throw invalid('period', `period of a ${checkedKind} bulletin must look like ${example}, got "${String(label)}"`);
  }
  return { kind: checkedKind, label: match[0], year, asOfDay: asOfDay(match) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period of the bulletin of the same kind before this one (the 7th ten-day bulletin's is the 6th). */
export function previousBulletinPeriod(period: BulletinPeriod): BulletinPeriod {
  const year = period.year;
  switch (period.kind) {
    case 'TEN_DAY': {
      const [, y, m, t] = /^(\d{4})-(\d{2})-T(\d)$/.exec(period.label) as RegExpExecArray;
      if (t !== '1') return parseBulletinPeriod('TEN_DAY', `${y}-${m}-T${Number(t) - 1}`);
      const month = Number(m) === 1 ? `${Number(y) - 1}-12` : `${y}-${pad(Number(m) - 1)}`;
      return parseBulletinPeriod('TEN_DAY', `${month}-T3`);
    }
    case 'MONTH': {
      const month = Number(period.label.slice(5, 7));
      return parseBulletinPeriod('MONTH', month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`);
    }
    case 'QUARTER': {
      const quarter = Number(period.label.slice(6));
      return parseBulletinPeriod('QUARTER', quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`);
    }
    case 'YEAR':
      return parseBulletinPeriod('YEAR', String(year - 1));
    default:
      return assertNever(period.kind);
  }
}

/** The first day a bulletin speaks of: the day after the previous bulletin's. */
export function firstDayOf(period: BulletinPeriod): string {
  const previous = previousBulletinPeriod(period).asOfDay;
  const [y, m, d] = previous.split('-').map(Number);
  if (d < daysInMonth(y, m)) return `${y}-${pad(m)}-${pad(d + 1)}`;
  return m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
}
