import { isDay, isMonth } from '@tuijin/domain-kernel';

/** A cell as a spreadsheet gives it: text, a number, a date (XLSX), a formula's result, or nothing. */
export type RawCell =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { result?: unknown; text?: unknown; richText?: { text: string }[] };

/** A cell's value, or why it cannot be read, in words a district office can act on. */
export type Read<T> = { value: T } | { error: string };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial numbers of days from 1990 to 2100, as Excel stores dates. */
const SERIALS = { min: 32_874, max: 73_415 };

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The text a person sees in a cell: rich text joined, a formula's result, numbers as written. */
export function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'object') {
    if (Array.isArray(cell.richText))
      return cell.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if (cell.result !== undefined) return cellText(cell.result as RawCell);
    if (typeof cell.text === 'string') return cell.text.trim();
    return '';
  }
  return String(cell).trim();
}

/** Whether a cell holds nothing (blank rows and columns around a ledger are ignored). */
export const isBlank = (cell: RawCell): boolean => cellText(cell) === '';

const DAY_PATTERNS: RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
];
const MONTH_PATTERNS: RegExp[] = [
  /^(\d{4})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月$/,
];

function fromSerial(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < SERIALS.min || serial > SERIALS.max) return undefined;
  return isoDay(new Date(EXCEL_EPOCH_MS + serial * DAY_MS));
}

/** A day written as Excel writes it: a date cell, a serial number, 2025-03-01, 2025/3/1 or 2025年3月1日. */
export function readDay(cell: RawCell): Read<string> {
  const resolved = typeof cell === 'object' && cell !== null && !(cell instanceof Date) ? cell.result : cell;
  if (resolved instanceof Date) return { value: isoDay(resolved) };
  if (typeof resolved === 'number') {
    const day = fromSerial(resolved);
    return day ? { value: day } : { error: '不是有效日期' };
  }
  const text = cellText(cell);
  for (const pattern of DAY_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const day = `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}`;
    return isDay(day) ? { value: day } : { error: '日期不存在' };
  }
  return { error: '日期格式应为 2025-03-01、2025/3/1 或 2025年3月1日' };
}

/** A month: 2025-03, 2025/3, 2025年3月, or a date (its month). */
export function readMonth(cell: RawCell): Read<string> {
  const text = cellText(cell);
  for (const pattern of MONTH_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const month = `${match[1]}-${pad(Number(match[2]))}`;
    return isMonth(month) ? { value: month } : { error: '月份不存在' };
  }
  const day = readDay(cell);
  return 'value' in day ? { value: day.value.slice(0, 7) } : { error: '月份格式应为 2025-03、2025/3 或 2025年3月' };
}

/** A number as people type it: 1,234.5, 1234万元, ４５ (full-width), or a number cell. */
export function readNumber(cell: RawCell): Read<number> {
  const resolved = typeof cell === 'object' && cell !== null && !(cell instanceof Date) ? cell.result : cell;
  if (typeof resolved === 'number') return Number.isFinite(resolved) ? { value: resolved } : { error: '不是有效数字' };
  const text = cellText(cell)
    .replace(/[０-９．，－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/万元$|万$/, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text)) return { error: '应为数字（单位万元，可带千位分隔符）' };
  return { value: Number(text.replace(/,/g, '')) };
}

/** A year: 2025, 2025年. */
export function readYear(cell: RawCell): Read<number> {
  const text = cellText(cell).replace(/年$/, '');
  return /^\d{4}$/.test(text) ? { value: Number(text) } : { error: '年度应为四位数字，如 2025' };
}
