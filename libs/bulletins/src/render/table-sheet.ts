import type { Workbook } from 'exceljs';
import type { Cell, ColumnKind } from './bulletin-tables';
import { cellValue } from './cell-text';

/** A table as one worksheet holds it: Chinese headers, each column of one kind, rows of cells. */
export interface SheetTable {
  /** Sheet name (at most 31 characters). */
  sheet: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: Cell[][];
}

/** Excel number formats: 万元 with separators, shares as %, points with two decimals. */
const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  money: '#,##0.00',
  percent: '0.0%',
  points: '0.00',
  count: '0',
};

/** Display width of text in Excel's character units: a CJK character takes two. */
const displayWidth = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const MAX_WIDTH = 60;

/**
 * Adds a table as a sheet: a styled header row that stays frozen (and prints on every page),
 * numbers stored as numbers with their formats, text always as text (a value starting with `=`
 * is a string cell, never a formula), and columns as wide as their Chinese text.
 */
export function addTableSheet(workbook: Workbook, table: SheetTable): void {
  const sheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // printed from Excel: A4 landscape, one page wide
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      showGridLines: true,
    },
  });
  sheet.pageSetup.printTitlesRow = '1:1';
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  });
  const widths = table.columns.map((c) => displayWidth(c.header) + 2);
  for (const cells of table.rows) {
    const values = cells.map((cell, i) => cellValue(cell, table.columns[i].kind));
    // exceljs writes a string as a shared string, whatever it starts with: only a { formula } object is a formula
    const row = sheet.addRow(values.map(({ value }) => value));
    values.forEach(({ value, kind }, i) => {
      const format = typeof value === 'number' ? NUMBER_FORMATS[kind] : undefined;
      if (format) row.getCell(i + 1).numFmt = format;
      const shown = value === null ? '' : typeof value === 'number' ? value.toFixed(2) : value;
      widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, displayWidth(shown) + 2));
    });
  }
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

/** A workbook of tables, one sheet each, with its title and author in the file's properties. */
export async function renderTablesXlsx(
  tables: SheetTable[],
  properties: { title: string; creator: string; created: Date; subject?: string },
): Promise<Buffer> {
  // loaded on the first workbook, not with the API: most requests never export one
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = properties.creator;
  workbook.title = properties.title;
  if (properties.subject) workbook.subject = properties.subject;
  workbook.created = properties.created;
  workbook.modified = properties.created;
  for (const table of tables) addTableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
