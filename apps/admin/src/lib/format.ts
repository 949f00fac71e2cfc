import { dayText } from '@tuijin/refusal-wording';
import { DISPLAY_TIME_ZONE, type Locale } from './locale';

/**
 * Display formats. Money is always 万元 (the unit of the API) with thousands separators;
 * dates follow the reader's language: 2025年3月5日 in Chinese, ISO 2025-03-05 in English
 * (unambiguous for readers of either convention).
 */

const EMPTY = '—';

export function formatWan(value: number | null | undefined, locale: Locale, maximumFractionDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  return new Intl.NumberFormat(locale, { maximumFractionDigits, minimumFractionDigits: 0 }).format(value);
}

/** A share in [0, 1] as a percentage: 0.7619 → "76.19%". */
export function formatPercent(share: number | null | undefined, locale: Locale, fractionDigits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return EMPTY;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: 0,
  }).format(share);
}

/** A score out of 100, always with two decimals so that columns line up. */
export function formatScore(score: number | null | undefined, locale: Locale): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return EMPTY;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}

/** A difference of two shares in percentage points, without its sign: -0.0321 → "3.2" (the words say ahead or behind). */
export function formatPoints(difference: number | null | undefined, locale: Locale): string {
  if (difference === null || difference === undefined || !Number.isFinite(difference)) return EMPTY;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.abs(difference * 100),
  );
}

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/** A business date (YYYY-MM-DD), written as the reasons of a refusal write theirs, in the app and in ledger files alike. */
export function formatDate(day: string | null | undefined, locale: Locale): string {
  return day === null || day === undefined ? EMPTY : dayText(day, locale);
}

/** A month (YYYY-MM). */
export function formatMonth(month: string | null | undefined, locale: Locale): string {
  const match = month ? MONTH.exec(month) : null;
  if (!match) return month ?? EMPTY;
  const [, y, m] = match;
  return locale === 'zh-CN' ? `${y}年${Number(m)}月` : `${y}-${m}`;
}

const QUARTER_ZH = ['一', '二', '三', '四'];

/** An assessment period: a month, a quarter (2025-Q1) or a year. */
export function formatPeriod(period: string | null | undefined, locale: Locale): string {
  if (!period) return EMPTY;
  if (MONTH.test(period)) return formatMonth(period, locale);
  const quarter = QUARTER.exec(period);
  if (quarter) {
    const [, y, q] = quarter;
    return locale === 'zh-CN' ? `${y}年第${QUARTER_ZH[Number(q) - 1]}季度` : `${y} Q${q}`;
  }
  const year = YEAR.exec(period);
  if (year) return locale === 'zh-CN' ? `${year[1]}年` : year[1];
  return period;
}

/** An instant (ISO-8601), to the minute, in the districts' time zone. */
export function formatDateTime(
  instant: string | null | undefined,
  locale: Locale,
  timeZone = DISPLAY_TIME_ZONE,
): string {
  if (!instant) return EMPTY;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const time = `${parts['hour']}:${parts['minute']}`;
  const day = `${parts['year']}-${parts['month']}-${parts['day']}`;
  return `${formatDate(day, locale)} ${time}`;
}

/** Thousands separators for a number being typed: "1234567.5" → "1,234,567.5" (decimals untouched). */
export function groupThousands(text: string): string {
  const [whole, ...fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction.length > 0 ? `${grouped}.${fraction.join('')}` : grouped;
}

/** The number typed, without its separators. */
export const ungroupThousands = (text: string): string => text.replace(/,/g, '');
