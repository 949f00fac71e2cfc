import { loadavg } from 'os';
import ExcelJS from 'exceljs';
import { cellValue, renderTableCsv, renderTablesXlsx, type SheetTable } from '@tuijin/bulletins';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';
import { ExportParams, ListTables, type ApiRuntime, type AuthUser } from '@tuijin/graphql-api';
import { AssessmentQueries, ReadModelQueries } from '@tuijin/read-models';
import { rebuiltViews } from './embedded-views';
import { districtLog } from './bulletin.bench';
import { atMost, median, round, samples, type Comparison } from './measure';

const RUNS = 9;
const PERIOD = '2025-09';

/** The plain values of a table's cells, as a caller of exceljs would hand them over. */
const plainRows = (table: SheetTable) =>
  table.rows.map((row) => row.map((cell, i) => cellValue(cell, table.columns[i].kind).value));

/** exceljs writing the same cells with no styles, formats or frozen rows: the library's own pace. */
function plainWorkbook(table: SheetTable): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheet);
  sheet.addRow(table.columns.map((c) => c.header));
  for (const row of plainRows(table)) sheet.addRow(row);
  return workbook;
}

/** The projects list of the bulletin benchmark's 5,000-project district exported whole, as XLSX and as CSV. */
export async function exportBenchmark(): Promise<Comparison[]> {
  const store = new SqliteEventStore(await districtLog());
  const views = await rebuiltViews(store);
  // the list tables read only the read models and today's date
  const runtime = {
    queries: new ReadModelQueries(views, store),
    assessments: new AssessmentQueries(views),
    today: () => '2026-01-31',
  } as unknown as ApiRuntime;
  const tables = new ListTables(runtime);
  const [district] = await runtime.queries.districts();
  const admin: AuthUser = {
    userId: 'bench',
    username: 'bench',
    role: 'DISTRICT_ADMIN',
    districtIds: [district.id],
    sessionId: 'bench',
  };
  const params = new ExportParams({ period: PERIOD, orderBy: 'TOTAL_INVESTMENT', direction: 'DESC' });
  const list = () => tables.projects(admin, district, params);
  const xlsx = async () =>
    renderTablesXlsx([(await list()).table], { title: 'bench', creator: 'bench', created: new Date(0) });
  const csv = async () => renderTableCsv((await list()).table);
  const { table } = await list();
  // warm up the code paths (and load exceljs) before measuring
  await xlsx();
  await csv();

  const xlsxTimes = await samples(RUNS, xlsx);
  const xlsxPlain = await samples(RUNS, async () => plainWorkbook(table).xlsx.writeBuffer());
  const csvTimes = await samples(RUNS, csv);
  const csvPlain = await samples(RUNS, async () => plainWorkbook(table).csv.writeBuffer());
  const listTimes = await samples(RUNS, list);
  await store.close();
  const row = (name: string, s: number[], base: number[], baselineName: string, notes: string): Comparison => ({
    name,
    unit: 'ms',
    value: round(median(s), 1),
    baselineName,
    baseline: round(median(base), 1),
    ratio: median(s) / median(base),
    target: atMost(median(s) / 1000, 2, 's'),
    notes: `${notes}; median of ${RUNS} runs, p95 ${round(s[Math.floor(s.length * 0.95)], 1)} ms; the list's query and lights alone ${round(median(listTimes), 1)} ms; load average ${round(loadavg()[0], 1)} on the machine`,
  });
  return [
    row(
      `Project list export as XLSX (${table.rows.length.toLocaleString('en')} projects, with lights)`,
      xlsxTimes,
      xlsxPlain,
      'exceljs writing the same cells without styles',
      `${round((await xlsx()).length / 1024)} KB`,
    ),
    row(
      '…as CSV (UTF-8 with BOM)',
      csvTimes,
      csvPlain,
      'exceljs writing the same cells as CSV',
      `${round((await csv()).length / 1024)} KB`,
    ),
  ];
}
