import ExcelJS from 'exceljs';
import { readLedger } from './ledger';
import { ledgerTemplate } from './ledger-template';
import { PROJECT_CHOICES, PROJECT_LEDGER, unitChoices } from './project-ledger';
import { readTables } from './table-file';

async function loadTemplate(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await ledgerTemplate(PROJECT_LEDGER, choices)) as unknown as ArrayBuffer);
  return workbook;
}

const choices = { ...PROJECT_CHOICES, units: unitChoices([{ id: 'u-1', code: 'FGW', name: '区发展改革委' }]) };
const HEADERS = '项目编码,项目名称,项目类别,牵头单位,总投资（万元）';
const ROW = 'TL-009,"渝西大道, 二期",基础设施,区发展改革委,"1,200"';
const EXPECTED = {
  row: 2,
  values: {
    code: 'TL-009',
    name: '渝西大道, 二期',
    category: 'INFRASTRUCTURE',
    leadUnit: 'u-1',
    totalInvestment: 1200,
  },
};

async function readProjects(name: string, bytes: Uint8Array) {
  const [table] = await readTables(name, bytes);
  const read = readLedger(PROJECT_LEDGER, table, choices);
  return { ...read, rows: read.rows.map(({ row, values }) => ({ row, values })) };
}

describe('reading a ledger file', () => {
  it('reads a CSV in UTF-8 with and without a BOM', async () => {
    const text = `${HEADERS}\r\n${ROW}\r\n`;
    for (const bytes of [Buffer.from(`\uFEFF${text}`), Buffer.from(text)])
      expect((await readProjects('台账.csv', bytes)).rows).toEqual([EXPECTED]);
  });

  it('reads a CSV as Chinese Excel saves it, in GB18030', async () => {
    // the same two lines, as Excel's "CSV" writes them on a Chinese Windows
    const gb18030 = Buffer.from(
      'cfeec4bfb1e0c2eb2ccfeec4bfc3fbb3c62ccfeec4bfc0e0b1f02cc7a3cdb7b5a5cebb2cd7dccdb6d7caa3a8cdf2d4aaa3a90d0a544c2d3030392c22d3e5cef7b4f3b5c02c20b6fec6da222cbbf9b4a1c9e8caa92cc7f8b7a2d5b9b8c4b8efceaf2c22312c323030220d0a',
      'hex',
    );
    expect((await readProjects('台账.CSV', gb18030)).rows).toEqual([EXPECTED]);
  });

  it('reads the template back once filled in, dates and merged cells included', async () => {
    const workbook = await loadTemplate();
    const sheet = workbook.getWorksheet('重点项目台账') as ExcelJS.Worksheet;
    sheet.getRow(2).values = [
      'TL-010',
      '园区道路',
      '基础设施',
      '区发展改革委',
      500,
      '开工在建',
      new Date(Date.UTC(2025, 2, 1)),
    ];
    sheet.getRow(3).values = ['TL-011', '污水管网', '民生', null, '300万元'];
    sheet.mergeCells('D2:D3'); // the unit merged over its two projects names both
    sheet.mergeCells('G3:G4'); // and a merge reaching into an empty row does not make it a project
    const [table] = await readTables('台账.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const read = readLedger(PROJECT_LEDGER, table, choices);
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => r.values)).toEqual([
      {
        code: 'TL-010',
        name: '园区道路',
        category: 'INFRASTRUCTURE',
        leadUnit: 'u-1',
        totalInvestment: 500,
        stage: 'UNDER_CONSTRUCTION',
        registeredOn: '2025-03-01',
      },
      { code: 'TL-011', name: '污水管网', category: 'SOCIAL', leadUnit: 'u-1', totalInvestment: 300 },
    ]);
  });

  it('refuses a file that is neither XLSX nor CSV, or not what its name says', async () => {
    await expect(readTables('台账.xls', Buffer.from('x'))).rejects.toThrow('请上传 .xlsx 或 .csv');
    await expect(readTables('台账.xlsx', Buffer.from('not a zip'))).rejects.toThrow('不是有效的 XLSX 文件');
  });
});

describe('the template', () => {
  it('has the ledger headers frozen, drop-downs of the district choices, and a sheet explaining each column', async () => {
    const workbook = await loadTemplate();
    const sheet = workbook.getWorksheet('重点项目台账') as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(PROJECT_LEDGER.columns.map((c) => c.header));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lists = workbook.getWorksheet('选项') as ExcelJS.Worksheet;
    expect(lists.state).toBe('hidden');
    const unitColumn = PROJECT_LEDGER.columns.findIndex((c) => c.key === 'leadUnit') + 1;
    const validation = sheet.getRow(2).getCell(unitColumn).dataValidation;
    expect(validation).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^'选项'!\$[A-Z]\$1:\$[A-Z]\$1$/)],
    });
    const [, range] = /!\$([A-Z])\$1/.exec(validation.formulae?.[0] as string) as RegExpExecArray;
    expect(lists.getCell(`${range}1`).value).toBe('区发展改革委');
    const notes = workbook.getWorksheet('填写说明') as ExcelJS.Worksheet;
    const rows = notes.getSheetValues().slice(2, 2 + PROJECT_LEDGER.columns.length) as unknown[][];
    expect(rows.map((r) => r[1])).toEqual(PROJECT_LEDGER.columns.map((c) => c.header));
    expect(rows.find((r) => r[1] === '项目类别')?.[5]).toBe('产业、基础设施、民生、新基建、服务业、农业、其他');
  });
});
