import { Worker } from 'worker_threads';
import ExcelJS from 'exceljs';
import { checkLedger, importLedger, PROJECTS, REPORT_LEDGER, REPORTS } from '@tuijin/ledgers';
import { district, ledgerFile, METADATA, platform, PROJECT_ROWS } from './ledger.bench';

/** Ten months of reports for each of the 5,000 projects: 50,000 rows. */
export const REPORT_MONTHS = 10;

/** The monthly reports ledger of every bench project for months 2025-01 to 2025-10, as an XLSX. */
async function reportsFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(REPORT_LEDGER.title);
  sheet.addRow(REPORT_LEDGER.columns.map((c) => c.header));
  const at = new Map<string, number>(REPORT_LEDGER.columns.map((c, i) => [c.key, i]));
  for (let i = 1; i <= PROJECT_ROWS; i++) {
    for (let m = 1; m <= REPORT_MONTHS; m++) {
      const row: ExcelJS.CellValue[] = [];
      const set = (key: string, value: ExcelJS.CellValue) => (row[at.get(key) as number] = value);
      set('code', `TL-${String(i).padStart(5, '0')}`);
      set('month', `2025-${String(m).padStart(2, '0')}`);
      set('investment', 10 + ((i * m) % 90));
      set('progressPercent', m * 9);
      set('submittedOn', new Date(Date.UTC(2025, m, 3)));
      sheet.addRow(row);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/**
 * The process's resident memory, sampled every 5 ms by a thread of its own, which keeps
 * sampling while the import holds the main thread; `peak()` stops it and answers the highest.
 */
function rssSampler(): { peak(): Promise<number> } {
  const source = `
    const { parentPort } = require('worker_threads');
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
    parentPort.once('message', () => { clearInterval(timer); parentPort.postMessage(peak); });`;
  const worker = new Worker(source, { eval: true });
  return {
    peak: () =>
      new Promise((resolve) => {
        worker.once('message', (peak: number) => void worker.terminate().then(() => resolve(peak)));
        worker.postMessage('stop');
      }),
  };
}

/**
 * Run as its own process (`--expose-gc`), so that its peak memory is this one measurement's:
 * sets up a district with the 5,000 projects and the 50,000-row reports ledger, then, with
 * `import`, imports it, or with `read`, only reads it with exceljs (the baseline). Prints the
 * resident memory before, the peak, and the rows written, as JSON.
 */
async function main(what: 'read' | 'import'): Promise<void> {
  const runtime = await platform();
  const target = await district(runtime, 'MEMORY');
  await importLedger(PROJECTS, { name: '项目台账.xlsx', bytes: await ledgerFile() }, target, METADATA, runtime);
  await runtime.caughtUp();
  const bytes = await reportsFile();
  // what set-up left behind is collected and given back, so the import starts from the memory it needs
  for (let i = 0; i < 3; i++) {
    global.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const before = process.memoryUsage().rss;
  const sampler = rssSampler();
  const started = performance.now();
  let imported = 0;
  if (what === 'read') await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  else {
    const file = { name: '月报台账.xlsx', bytes };
    const result = await importLedger(REPORTS, file, target, METADATA, runtime);
    if (!result.imported) {
      const { check } = await checkLedger(REPORTS, file, target, METADATA, runtime);
      throw new Error(`the reports ledger was not imported: ${JSON.stringify(check.issues.slice(0, 3))}`);
    }
    await runtime.caughtUp();
    imported = result.check.rowCount;
  }
  const seconds = (performance.now() - started) / 1000;
  const peak = await sampler.peak();
  process.stdout.write(`${JSON.stringify({ before: megabytes(before), peak: megabytes(peak), seconds, imported })}\n`);
  await runtime.store.close();
}

if (require.main === module) {
  main(process.argv[2] === 'read' ? 'read' : 'import').catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
