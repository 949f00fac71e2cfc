import { readLedger, type Table } from './ledger';
import { PROJECT_CHOICES, PROJECT_LEDGER, unitChoices } from './project-ledger';

const choices = {
  ...PROJECT_CHOICES,
  units: unitChoices([
    { id: 'u-1', code: 'FGW', name: '区发展改革委' },
    { id: 'u-2', code: 'JW', name: '区经济信息委' },
  ]),
};
const table = (...rows: unknown[][]): Table => ({
  rows: rows.map((cells, index) => ({ number: index + 1, cells: cells as Table['rows'][number]['cells'] })),
});

describe('reading the projects ledger', () => {
  it('finds the header row below a title and a merged group row, and skips blank rows and columns', () => {
    const read = readLedger(
      PROJECT_LEDGER,
      table(
        ['铜梁区2025年重点项目台账'],
        [null, '基本信息', '基本信息', '基本信息', '基本信息', '基本信息', '年度计划', '年度计划'],
        [null, '项目编码', '项目名称', '类别', '责任单位', '总投资\n（万元）', '计划年度', '年度计划投资'],
        [null, 'TL-001', '西部陆海新通道物流园', '基础设施', '区发展改革委', '12,000', '2025年', '3000万元'],
        [],
        [null, 'TL-002', '智能制造产业园', '产业', 'JW', 8000, 2025, 2000],
        [null, null, null],
      ),
      choices,
    );
    expect(read.issues).toEqual([]);
    expect(read.rows.map(({ row, values }) => ({ row, values }))).toEqual([
      {
        row: 4,
        values: {
          code: 'TL-001',
          name: '西部陆海新通道物流园',
          category: 'INFRASTRUCTURE',
          leadUnit: 'u-1',
          totalInvestment: 12000,
          planYear: 2025,
          plannedInvestment: 3000,
        },
      },
      {
        row: 6,
        values: {
          code: 'TL-002',
          name: '智能制造产业园',
          category: 'INDUSTRIAL',
          leadUnit: 'u-2',
          totalInvestment: 8000,
          planYear: 2025,
          plannedInvestment: 2000,
        },
      },
    ]);
    expect(read.rows[0].cells).toMatchObject({ leadUnit: '区发展改革委', totalInvestment: '12,000' });
  });

  it('reports every cell it cannot read, each at its row and column with the value', () => {
    const read = readLedger(
      PROJECT_LEDGER,
      table(
        ['项目编码', '项目名称', '项目类别', '牵头单位', '总投资（万元）', '计划开工月份'],
        ['TL-001', '', '工业', '区发展改革委', '一万', '2025-13'],
        ['TL-002', '园区道路', '基础设施', '区财政局', '500', '2025-04'],
      ),
      choices,
    );
    expect(read.issues).toEqual([
      { row: 2, column: '项目名称', value: '', message: '“项目名称”必填' },
      { row: 2, column: '项目类别', value: '工业', message: expect.stringContaining('产业、基础设施') },
      { row: 2, column: '总投资（万元）', value: '一万', message: expect.stringContaining('数字') },
      { row: 2, column: '计划开工月份', value: '2025-13', message: '月份不存在' },
      { row: 3, column: '牵头单位', value: '区财政局', message: expect.stringContaining('区发展改革委') },
    ]);
  });

  it('names each required column the file lacks, and reads no rows', () => {
    const read = readLedger(
      PROJECT_LEDGER,
      table(['项目编码', '项目名称', '总投资'], ['TL-001', '园区', 100]),
      choices,
    );
    expect(read.rows.map(({ row, values }) => ({ row, values }))).toEqual([]);
    expect(read.issues.map((i) => i.message)).toEqual([
      '缺少必填列“项目类别”（请使用模板的表头）',
      '缺少必填列“牵头单位”（请使用模板的表头）',
    ]);
  });
});
