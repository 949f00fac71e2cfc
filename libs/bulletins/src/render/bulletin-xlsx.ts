import type { ColumnKind } from './bulletin-tables';
import { cellValue } from './cell-text';
import type { PrintedDocument } from './printed-document';

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
 * A bulletin as a workbook: one sheet per section, a styled header row that stays frozen,
 * numbers stored as numbers with their formats, and columns as wide as their Chinese text.
 */
export async function renderBulletinXlsx({ title, office, issue, tables }: PrintedDocument): Promise<Buffer> {
  // loaded on the first workbook, not with the API: most requests never export one
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const issued = new Date(`${issue.issuedOn}T00:00:00Z`);
  workbook.creator = office;
  workbook.title = title;
  workbook.subject = `content digest ${issue.digest}`;
  workbook.created = issued;
  workbook.modified = issued;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, {
      views: [{ state: 'frozen', ySplit: 1 }],
      // printed from Excel: A4 landscape, one page wide, the header row on every page
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
      const row = sheet.addRow(cells.map((cell, i) => cellValue(cell, table.columns[i].kind).value));
      cells.forEach((cell, i) => {
        const { value, kind } = cellValue(cell, table.columns[i].kind);
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
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
