import { useLocale } from '../i18n/i18n';
import {
  formatDate,
  formatDateTime,
  formatMonth,
  formatPercent,
  formatPeriod,
  formatScore,
  formatWan,
} from '../lib/format';

/** An amount in 万元 with thousands separators and its unit. */
export function Money({ value, unit = true }: { value: number | null | undefined; unit?: boolean }) {
  const { locale, t } = useLocale();
  const text = formatWan(value, locale);
  return <span className="num">{unit && value !== null && value !== undefined ? t('unit.wanValue', { value: text }) : text}</span>;
}

export function Percent({ value, digits }: { value: number | null | undefined; digits?: number }) {
  const { locale } = useLocale();
  return <span className="num">{formatPercent(value, locale, digits)}</span>;
}

export function Score({ value }: { value: number | null | undefined }) {
  const { locale } = useLocale();
  return <span className="num">{formatScore(value, locale)}</span>;
}

export function DateText({ value }: { value: string | null | undefined }) {
  const { locale } = useLocale();
  return <span className="date">{formatDate(value, locale)}</span>;
}

export function MonthText({ value }: { value: string | null | undefined }) {
  const { locale } = useLocale();
  return <>{formatMonth(value, locale)}</>;
}

export function PeriodText({ value }: { value: string | null | undefined }) {
  const { locale } = useLocale();
  return <>{formatPeriod(value, locale)}</>;
}

export function DateTimeText({ value }: { value: string | null | undefined }) {
  const { locale } = useLocale();
  return <>{formatDateTime(value, locale)}</>;
}
