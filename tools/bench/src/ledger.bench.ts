import { execFileSync } from 'child_process';
import { loadavg } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { CommandDispatcher, Projector, commandMessage, type CommandMetadata } from '@tuijin/application';
import { CATEGORIES, CATEGORY_NAMES } from '@tuijin/domain-projects';
import { checkLedger, importLedger, PROJECT_LEDGER, PROJECTS } from '@tuijin/ledgers';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';
import { ALL_PROJECTIONS, ReadModelQueries } from '@tuijin/read-models';
import { embeddedViews } from './embedded-views';
import { atMost, median, round, samples, type Comparison } from './measure';

export const PROJECT_ROWS = 5_000;
const UNITS = 60;
const RUNS = 3;
export const METADATA: CommandMetadata = { actor: { userId: 'bench', role: 'DISTRICT_ADMIN' }, today: '2026-01-31' };

/** A district's projects ledger of 5,000 projects with their plans and leaders, as an XLSX a district would upload. */
export async function ledgerFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(PROJECT_LEDGER.title);
  sheet.addRow(PROJECT_LEDGER.columns.map((c) => c.header));
  const at = new Map<string, number>(PROJECT_LEDGER.columns.map((c, i) => [c.key, i]));
  for (let i = 1; i <= PROJECT_ROWS; i++) {
    const row: ExcelJS.CellValue[] = [];
    const set = (key: string, value: ExcelJS.CellValue) => (row[at.get(key) as number] = value);
    set('code', `TL-${String(i).padStart(5, '0')}`);
    set('name', `重点项目${i}`);
    set('category', CATEGORY_NAMES[CATEGORIES[i % CATEGORIES.length]]);
    set('leadUnit', `单位${(i % UNITS) + 1}`);
    set('totalInvestment', 1000 + i);
    set('registeredOn', new Date(Date.UTC(2025, 0, 10)));
    set('planYear', 2025);
    set('plannedInvestment', 300 + (i % 700));
    set('plannedStartMonth', `2025-${String((i % 9) + 1).padStart(2, '0')}`);
    set('plannedCompletionMonth', '2026-12');
    set('leaderName', `领导${i % 40}`);
    sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The embedded platform's write and read sides: the log (in memory), the dispatch, the read models. */
export async function platform() {
  const store = new SqliteEventStore(':memory:');
  const views = embeddedViews();
  const projector = new Projector(views, ALL_PROJECTIONS);
  await projector.start();
  return {
    store,
    commands: new CommandDispatcher(store),
    queries: new ReadModelQueries(views, store),
    /** Everything written is readable. */
    caughtUp: () => projector.catchUp(store),
  };
}
type Platform = Awaited<ReturnType<typeof platform>>;

/** A fresh district with sixty units. */
export async function district(runtime: Platform, code: string): Promise<string> {
  const { id } = await runtime.commands.handle(
    commandMessage('CreateDistrict', { code, name: `基准区${code}` }, METADATA),
  );
  for (let u = 1; u <= UNITS; u++) {
    const unit = { districtId: id, code: `U${u}`, name: `单位${u}`, kind: 'DEPARTMENT' as const };
    await runtime.commands.handle(commandMessage('CreateUnit', unit, METADATA));
  }
  await runtime.caughtUp();
  return id;
}

interface MemoryRun {
  before: number;
  peak: number;
  seconds: number;
  imported: number;
}

/** One run of report-ledger-memory.ts in a process of its own, so that its peak is that run's alone. */
function memoryRun(what: 'read' | 'import'): MemoryRun {
  const script = join(__dirname, 'report-ledger-memory.ts');
  const output = execFileSync(process.execPath, [...process.execArgv, '--expose-gc', script, what], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output.trim().split('\n').at(-1) as string) as MemoryRun;
}

/** How much the process's memory grows while it imports a 50,000-row monthly reports ledger. */
function reportLedgerMemory(): Comparison {
  const read = memoryRun('read');
  const imported = memoryRun('import');
  const growth = imported.peak - imported.before;
  const baseline = read.peak - read.before;
  return {
    name: `Monthly reports ledger of ${imported.imported.toLocaleString('en')} rows imported: resident memory growth`,
    unit: 'MB',
    value: round(growth),
    baselineName: 'exceljs reading the same file',
    baseline: round(baseline),
    ratio: growth / baseline,
    target: `< 500 MB ${growth < 500 ? '✅' : '❌'}`,
    notes: `imported (checked, then ${imported.imported.toLocaleString('en')} events in one batch, until readable) in ${round(imported.seconds, 1)} s; peak RSS sampled every 5 ms by a thread of its own; ${round(imported.before)} MB before the import (a district of ${PROJECT_ROWS.toLocaleString('en')} projects), ${round(imported.peak)} MB at its peak`,
  };
}

/** A 5,000-project ledger checked (dry run) and imported, beside exceljs reading the same file; a 50,000-row reports ledger's memory. */
export async function ledgerBenchmark(): Promise<Comparison[]> {
  const memory = reportLedgerMemory();
  const runtime = await platform();
  const bytes = await ledgerFile();
  const file = { name: '台账2025.xlsx', bytes };
  const checked = await district(runtime, 'CHECK');
  const read = await samples(RUNS, async () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer));
  const check = await samples(RUNS, async () => {
    const { check } = await checkLedger(PROJECTS, file, checked, METADATA, runtime);
    if (check.issues.length > 0) throw new Error(`the bench ledger has problems: ${JSON.stringify(check.issues[0])}`);
  });
  // each import into a district of its own, and until the projects are readable
  const imported: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const target = await district(runtime, `IMPORT${run}`);
    const started = performance.now();
    const result = await importLedger(PROJECTS, file, target, METADATA, runtime);
    await runtime.caughtUp();
    imported.push(performance.now() - started);
    if (result.registered !== PROJECT_ROWS)
      throw new Error(`imported ${result.registered} projects, not ${PROJECT_ROWS}`);
  }
  imported.sort((a, b) => a - b);
  await runtime.store.close();
  const notes = `${round(bytes.length / 1024)} KB XLSX, ${PROJECT_ROWS.toLocaleString('en')} rows, ${UNITS} units; median of ${RUNS} runs; load average ${round(loadavg()[0], 1)} on the machine`;
  return [
    {
      name: `Projects ledger checked (dry run, ${PROJECT_ROWS.toLocaleString('en')} new projects with plans and leaders)`,
      unit: 'ms',
      value: round(median(check)),
      baselineName: 'exceljs reading the same file',
      baseline: round(median(read)),
      ratio: median(check) / median(read),
      target: atMost(median(check) / 1000, 5, 's'),
      notes,
    },
    {
      name: '…imported, all or nothing, until readable',
      unit: 'ms',
      value: round(median(imported)),
      baselineName: 'exceljs reading the same file',
      baseline: round(median(read)),
      ratio: median(imported) / median(read),
      target: atMost(median(imported) / 1000, 15, 's'),
      notes: `${(PROJECT_ROWS * 3 + 1).toLocaleString('en')} events in one batch; ${notes}`,
    },
    memory,
  ];
}
