import en from './en.json';
import zhCN from './zh-CN.json';
import type { ReasonRef } from './refusal-reasons';

/** The languages a refusal is worded in; Chinese is what officials read. */
export type WordingLocale = 'zh-CN' | 'en';

/**
 * The text of every reason and conflict, nested as i18next resources nest keys
 * (`reason.*`, `errors.conflict.*`): the app adds them to its own translations, the
 * platform words its ledger files with them. Each language has every key of the Chinese.
 */
export const REFUSAL_TEXTS = { 'zh-CN': zhCN, en } satisfies Record<WordingLocale, typeof zhCN>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A business date (YYYY-MM-DD) the reader's way: 2025年3月5日 in Chinese, ISO 2025-03-05 in English; other text as it is. */
export function dayText(day: string, locale: WordingLocale): string {
  const match = DAY.exec(day);
  if (!match) return day;
  const [, y, m, d] = match;
  return locale === 'zh-CN' ? `${y}年${Number(m)}月${Number(d)}日` : `${y}-${m}-${d}`;
}

/**
 * A reason in a language, its `{{name}}` placeholders filled in as the app's i18next fills
 * them; a parameter named `date` is a business date, written the reader's way.
 */
export function refusalWords(ref: ReasonRef, locale: WordingLocale): string {
  const text = ref.key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], REFUSAL_TEXTS[locale]);
  if (typeof text !== 'string') throw new Error(`no ${locale} text for ${ref.key}`);
  const params = ref.params ?? {};
  return text.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    return name === 'date' && typeof value === 'string' ? dayText(value, locale) : String(value);
  });
}
