import type { Ledger, LedgerIssue, LedgerRow } from './ledger';

/** The header the template writes for a column. */
export const headerOf = <K extends string>(ledger: Ledger<K>, key: K): string =>
  ledger.columns.find((column) => column.key === key)?.header ?? key;

/**
 * Whether every cell of the row was read: no required cell blank, no cell that could not be read
 * (both are reported by the reading already). A row that was not is not planned, so it takes no
 * number (a problem's) that a later row would then be told apart by.
 */
export const readCleanly = <K extends string>(ledger: Ledger<K>, { values, cells }: LedgerRow<K>): boolean =>
  ledger.columns.every((column) =>
    values[column.key] !== undefined ? true : !column.required && (cells[column.key] ?? '') === '',
  );

/**
 * Columns that only make sense together: true when the row fills all of them; when it fills only
 * part, an issue naming the first blank column (a cell that could not be read counts as filled:
 * it is reported already).
 */
export function together<K extends string>(
  ledger: Ledger<K>,
  { row, values, cells }: LedgerRow<K>,
  keys: readonly K[],
  issues: LedgerIssue[],
): boolean {
  const blank = keys.filter((key) => (cells[key] ?? '') === '' && values[key] === undefined);
  if (blank.length === keys.length) return false;
  if (blank.length === 0) return keys.every((key) => values[key] !== undefined);
  issues.push({
    row,
    column: headerOf(ledger, blank[0]),
    value: '',
    message: `${keys.map((key) => headerOf(ledger, key)).join('、')}需一并填写`,
  });
  return false;
}

/** Each row's key once: a later row with a key seen before is an issue naming the first row. */
export function firstOccurrence(): (key: string, row: number) => number | undefined {
  const seen = new Map<string, number>();
  return (key, row) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row);
    return first;
  };
}
