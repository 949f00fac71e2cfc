import { cellText, isBlank, readDay, readMonth, readNumber, readYear, type RawCell, type Read } from './cell-values';

/** What a column holds, and so how its cells are read and which format the template gives it. */
export type ColumnKind = 'text' | 'amount' | 'number' | 'day' | 'month' | 'year' | 'choice';

export interface LedgerColumn<K extends string = string> {
  key: K;
  /** The Chinese header as the template writes it. */
  header: string;
  /** Other headers districts' own ledgers use for the same column. */
  aliases?: readonly string[];
  kind: ColumnKind;
  required: boolean;
  /** For a choice: which list its values come from (see `LedgerChoices`). */
  choices?: string;
  /** What the template's explanation sheet (填写说明) says about the column. */
  note: string;
  /** A cell never shown back (an initial password): the check and the rows at fault mask it. */
  secret?: boolean;
}

/** What a secret cell shows instead of its text. */
export const MASKED = '******';

/** A ledger (台账) declared once: its template, its reading and its checks follow from this. */
export interface Ledger<K extends string = string> {
  name: string;
  /** The template's title and sheet name, e.g. 重点项目台账. */
  title: string;
  columns: readonly LedgerColumn<K>[];
}

/** The values a choice column accepts: each with the names a person may write for it. */
export type LedgerChoices = Record<string, readonly { value: string; names: readonly string[] }[]>;

/** One problem with one cell (or with the file, for a missing column): where, what, and what to do. */
export interface LedgerIssue {
  /** The sheet row as Excel numbers it (the CSV record's line). */
  row: number;
  /** The column's header as the template writes it. */
  column: string;
  /** The cell as read, so a person finds it. */
  value: string;
  /** The problem in Chinese only, as the people who fill in the file read it (a rule's refusal in the app's words for it). */
  message: string;
  /** When a rule of the platform refused the row: its code, field and wording, for a client to put in its own words. */
  refusal?: { code: string; message: string; field?: string };
}

export type LedgerValue = string | number;
export interface LedgerRow<K extends string = string> {
  row: number;
  values: Partial<Record<K, LedgerValue>>;
  /** Each cell as written, to show beside a refusal (a unit's name, not its id). */
  cells: Partial<Record<K, string>>;
}

/** A sheet or CSV as read: its rows of cells, numbered as the file numbers them. */
export interface Table {
  rows: { number: number; cells: RawCell[] }[];
}

export interface ReadLedger<K extends string = string> {
  rows: LedgerRow<K>[];
  issues: LedgerIssue[];
}

/** Headers compare without spaces, line breaks, a unit in brackets or full-width brackets. */
const normalize = (header: string) =>
  header
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/[：:*＊]/g, '');

/** Which rows the header search looks at: a title row and a merged group row may stand above it. */
const HEADER_SEARCH_ROWS = 10;

function matchHeaders<K extends string>(ledger: Ledger<K>, cells: RawCell[]): Map<number, LedgerColumn<K>> {
  const names = new Map<string, LedgerColumn<K>>();
  for (const column of ledger.columns)
    for (const name of [column.header, ...(column.aliases ?? [])]) names.set(normalize(name), column);
  const found = new Map<number, LedgerColumn<K>>();
  const taken = new Set<K>();
  cells.forEach((cell, index) => {
    const column = names.get(normalize(cellText(cell)));
    if (column && !taken.has(column.key)) {
      found.set(index, column);
      taken.add(column.key);
    }
  });
  return found;
}

/**
 * Reads a ledger's rows from a table: finds the header row (the one that names most of the
 * ledger's columns, below any title or merged group row), then reads every non-blank row below
 * it, reporting every cell that cannot be read, not only the first.
 */
export function readLedger<K extends string>(ledger: Ledger<K>, table: Table, choices: LedgerChoices): ReadLedger<K> {
  let header: { number: number; columns: Map<number, LedgerColumn<K>> } | undefined;
  for (const row of table.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns = matchHeaders(ledger, row.cells);
    if (columns.size > (header?.columns.size ?? 0)) header = { number: row.number, columns };
  }
  const headerRow = header?.number ?? 1;
  const columns = header?.columns ?? new Map<number, LedgerColumn<K>>();
  const present = new Set([...columns.values()].map((c) => c.key));
  const missing = ledger.columns.filter((c) => c.required && !present.has(c.key));
  if (missing.length > 0) {
    return {
      rows: [],
      issues: missing.map((column) => ({
        row: headerRow,
        column: column.header,
        value: '',
        message: `缺少必填列“${column.header}”（请使用模板的表头）`,
      })),
    };
  }
  const rows: LedgerRow<K>[] = [];
  const issues: LedgerIssue[] = [];
  for (const { number, cells } of table.rows) {
    if (number <= headerRow || cells.every(isBlank)) continue;
    const values: Partial<Record<K, LedgerValue>> = {};
    const texts: Partial<Record<K, string>> = {};
    for (const [index, column] of columns) {
      const cell = cells[index];
      texts[column.key] = column.secret && !isBlank(cell) ? MASKED : cellText(cell);
      if (isBlank(cell)) {
        if (column.required)
          issues.push({ row: number, column: column.header, value: '', message: `“${column.header}”必填` });
        continue;
      }
      const read = readCell(column, cell, choices);
      if ('error' in read)
        issues.push({ row: number, column: column.header, value: texts[column.key] as string, message: read.error });
      else values[column.key] = read.value;
    }
    rows.push({ row: number, values, cells: texts });
  }
  return { rows, issues };
}

function readCell(column: LedgerColumn, cell: RawCell, choices: LedgerChoices): Read<LedgerValue> {
  switch (column.kind) {
    case 'text':
      return { value: cellText(cell) };
    case 'amount':
    case 'number':
      return readNumber(cell);
    case 'day':
      return readDay(cell);
    case 'month':
      return readMonth(cell);
    case 'year':
      return readYear(cell);
    case 'choice': {
      const text = cellText(cell);
      const options = choices[column.choices ?? ''] ?? [];
      const chosen = options.find((option) => option.names.includes(text) || option.value === text);
      if (chosen) return { value: chosen.value };
      const shown = options.slice(0, 8).map((option) => option.names[0]);
      return { error: `“${text}”不是可选值，应为：${shown.join('、')}${options.length > shown.length ? '等' : ''}` };
    }
  }
}
