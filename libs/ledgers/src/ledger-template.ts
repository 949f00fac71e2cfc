import ExcelJS from 'exceljs';
import type { ColumnKind, Ledger, LedgerChoices } from './ledger';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
/** Rows the drop-downs and formats reach: more than any district's ledger. */
const ROWS = 5_000;
const FORMATS: Partial<Record<ColumnKind, string>> = {
  amount: '#,##0.00',
  number: '0.000000',
  day: 'yyyy-mm-dd',
  month: '@',
  year: '0',
};
const KIND_NAMES: Record<ColumnKind, string> = {
  text: '文本',
  amount: '金额（万元）',
  number: '数字',
  day: '日期',
  month: '月份',
  year: '年份',
  choice: '下拉选择',
};

const columnLetter = (index: number): string =>
  (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

/** Validations over a range of cells: exceljs keeps them per worksheet, but its typings name only the per-cell one. */
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** Chinese text is about twice as wide as Latin: a column fits its header and its longest choice. */
const widthOf = (texts: string[]) => Math.min(40, Math.max(10, ...texts.map((t) => [...t].length * 2 + 2)));

/**
 * The template a district fills in: the ledger's headers (styled and frozen), drop-down lists of
 * the district's choices (kept on a hidden sheet, so a list of sixty units still fits), formats
 * per column, and a sheet explaining each column.
 */
export async function ledgerTemplate(
  ledger: Ledger,
  choices: LedgerChoices,
  /** Rows already filled in (a district's ledger as it stands), by column key. */
  rows: readonly Record<string, ExcelJS.CellValue>[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(ledger.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  const notes = workbook.addWorksheet('填写说明');
  const lists = workbook.addWorksheet('选项', { state: 'hidden' });

  const listNames = [...new Set(ledger.columns.flatMap((c) => (c.choices ? [c.choices] : [])))];
  const listRanges = new Map<string, string>();
  listNames.forEach((name, index) => {
    const names = (choices[name] ?? []).map((option) => option.names[0]);
    const letter = columnLetter(index);
    names.forEach((text, row) => (lists.getCell(`${letter}${row + 1}`).value = text));
    listRanges.set(name, `'选项'!$${letter}$1:$${letter}$${Math.max(1, names.length)}`);
  });

  sheet.columns = ledger.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: widthOf([column.header, ...(choices[column.choices ?? ''] ?? []).map((o) => o.names[0])]),
    style: FORMATS[column.kind] ? { numFmt: FORMATS[column.kind] } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  ledger.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.fill = HEADER_FILL;
    if (column.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    const range = listRanges.get(column.choices ?? '');
    if (range) {
      const letter = columnLetter(index);
      (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${ROWS}`, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: column.header,
        error: `请从下拉列表中选择${column.header}`,
      });
    }
  });

  // text a person typed goes in as text, never as a formula (exceljs writes a string as a string)
  for (const row of rows) sheet.addRow(row);

  notes.columns = [
    { header: '列名', key: 'header', width: 24 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '类型', key: 'kind', width: 14 },
    { header: '说明', key: 'note', width: 50 },
    { header: '可选值', key: 'choices', width: 60 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const column of ledger.columns) {
    notes.addRow({
      header: column.header,
      required: column.required ? '必填' : '选填',
      kind: KIND_NAMES[column.kind],
      note: column.note,
      choices: (choices[column.choices ?? ''] ?? []).map((o) => o.names[0]).join('、'),
    });
  }
  notes.addRow({});
  notes.addRow({
    header:
      '红色表头为必填列；首行表头请勿修改。日期可写 2025-03-01、2025/3/1 或 2025年3月1日，金额可带千位分隔符或“万元”。',
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
