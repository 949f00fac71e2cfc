import ExcelJS from 'exceljs';
import type { Ledger, LedgerIssue, LedgerRow } from './ledger';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const ISSUE_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FFC00000' } };

/**
 * The rows at fault of a checked ledger, as a workbook to fix them in: each row as it was read
 * (its row number in the file first), with a last column saying every problem of the row. Cells
 * are written as the text that was read, so nothing in them runs as a formula.
 */
export async function issueRowsWorkbook(
  ledger: Ledger,
  rows: readonly LedgerRow[],
  issues: readonly LedgerIssue[],
): Promise<Buffer> {
  const byRow = new Map<number, LedgerIssue[]>();
  for (const issue of issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
  const cells = new Map(rows.map((row) => [row.row, row.cells as Record<string, string | undefined>]));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('问题行', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '行号', key: 'row', width: 8 },
    ...ledger.columns.map((column) => ({ header: column.header, key: column.key, width: 16 })),
    { header: '问题', key: 'issues', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const [row, found] of [...byRow].sort(([a], [b]) => a - b)) {
    const read = cells.get(row) ?? {};
    const added = sheet.addRow({
      row,
      ...Object.fromEntries(ledger.columns.map((column) => [column.key, read[column.key] ?? ''])),
      issues: found.map((issue) => `${issue.column}：${issue.message}`).join('；'),
    });
    added.getCell('issues').font = ISSUE_FONT;
    added.getCell('issues').alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
