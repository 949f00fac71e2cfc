import type { Cell, ColumnKind } from './bulletin-tables';
import { cellValue } from './cell-text';
import { formulaSafe } from './formula-safe';
import type { SheetTable } from './table-sheet';

/** The byte order mark that makes Excel read a CSV file as UTF-8 (and show its Chinese). */
const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const quoted = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/** A number as Excel reads it back as the same number: a share as "12.5%", anything else as is. */
function field(cell: Cell, columnKind: ColumnKind): string {
  const { value, kind } = cellValue(cell, columnKind);
  if (value === null) return '';
  if (typeof value === 'string') return quoted(formulaSafe(value));
  return kind === 'percent' ? `${Number((value * 100).toFixed(6))}%` : String(value);
}

/** A table as CSV: UTF-8 with a BOM, CRLF line ends, header row first, no text cell that runs as a formula. */
export function renderTableCsv(table: SheetTable): Buffer {
  const lines = [table.columns.map((c) => quoted(formulaSafe(c.header))).join(',')];
  for (const row of table.rows) lines.push(row.map((cell, i) => field(cell, table.columns[i].kind)).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
