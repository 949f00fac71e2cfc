import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalid } from '@tuijin/domain-kernel';
import type { RawCell } from './cell-values';
import type { Table } from './ledger';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * A CSV's text: UTF-8 (with or without a BOM), or GB18030 (which includes GBK), the encoding
 * Chinese Excel writes "CSV" in. Text that is not valid UTF-8 is read as GB18030.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function csvTable(bytes: Uint8Array): Table {
  const records = parse(decodeCsv(bytes), {
    relax_column_count: true,
    info: true,
    skip_empty_lines: false,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return { rows: records.map(({ record, info }) => ({ number: info.lines, cells: record })) };
}

async function xlsxTables(bytes: Uint8Array): Promise<Table[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets
    .filter((sheet) => sheet.state === 'visible')
    .map((sheet) => {
      const rows: Table['rows'] = [];
      sheet.eachRow({ includeEmpty: false }, (row, number) => {
        const cells: RawCell[] = [];
        let own = false;
        // a merged cell reads as its master's value in every cell it covers (a unit merged over
        // its projects' rows names each of them); a row with nothing of its own is blank
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cell.value as RawCell;
          if (cell.master === cell && cell.value !== null && cell.value !== '') own = true;
        });
        if (own) rows.push({ number, cells });
      });
      return { rows };
    });
}

/** The tables of an uploaded ledger file, by its name's extension: every visible sheet of an XLSX, or the CSV. */
export async function readTables(fileName: string, bytes: Uint8Array): Promise<Table[]> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return [csvTable(bytes)];
  if (extension === 'xlsx') {
    try {
      return await xlsxTables(bytes);
    } catch {
      throw invalid('file', `“${fileName}”不是有效的 XLSX 文件（请用 Excel 另存为 .xlsx）`);
    }
  }
  throw invalid('file', `不支持的文件类型“${fileName}”：请上传 .xlsx 或 .csv 文件（.xls 请先另存为 .xlsx）`);
}
