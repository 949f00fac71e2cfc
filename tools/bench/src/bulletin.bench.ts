import { loadavg } from 'os';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { commandMessage, type CommandData, type CommandMetadata, type CommandType } from '@tuijin/application';
import {
  BulletinQueries,
  bulletinDocument,
  cellText,
  cjkFonts,
  contentDigest,
  renderBulletinPdf,
  renderBulletinXlsx,
  type Bulletin,
  type BulletinTable,
} from '@tuijin/bulletins';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';
import { AssessmentQueries, ReadModelQueries } from '@tuijin/read-models';
import { rebuiltViews } from './embedded-views';
import { largeDistrict } from './assessment.bench';
import { cachedLog } from './cached-log';
import { atMost, median, round, samples, type Comparison } from './measure';

const LOG = 'bulletin-district-v2';
const RUNS = 15;
const PERIOD = '2025-09';
const CONTEXT: CommandMetadata = { actor: { userId: 'bench', role: 'SYSTEM' }, today: '2026-01-31' };

/**
 * The assessment benchmark's district, made to look like a real one for a bulletin: nineteen
 * projects in twenty start as planned and each month's report is 75–125 % of that month's
 * share of the plan, so a few hundred projects are behind (red or yellow), not most of them.
 */
function realisticDistrict(): ReturnType<typeof largeDistrict> {
  const district = largeDistrict();
  let state = 20251;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  for (const project of district.projects) {
    const plan = project.plans[0];
    const start = Number(plan.plannedStartMonth.slice(5, 7));
    if (project.stages.length === 1 && random() < 0.75) {
      const on = `${plan.plannedStartMonth}-15`;
      project.stages.push({ stage: 'UNDER_CONSTRUCTION', on, recordedAt: `${on}T09:00:00.000Z` });
    }
    const monthly = plan.plannedInvestment / (13 - start);
    for (const report of project.reports) report.investment = Math.round(monthly * (0.75 + random() * 0.5));
  }
  return district;
}

/**
 * That district of 5,000 projects and 60 units, entered once through the
 * ordinary command handlers (registrations, plans, leaders, stage changes, a year of reports
 * with corrections, problems) and cached as an event log in tmp/bench.
 */
export function districtLog(): Promise<string> {
  return cachedLog(LOG, async (commands) => {
    const send = <T extends CommandType>(type: T, data: CommandData<T>) =>
      commands.handle(commandMessage(type, data, CONTEXT));
    const { units, projects: facts } = realisticDistrict();
    const { id: districtId } = await send('CreateDistrict', { code: 'BENCH-60', name: '基准区' });
    const unitIds = new Map<string, string>();
    for (const unit of units) {
      const { id } = await send('CreateUnit', { districtId, code: unit.code, name: unit.name, kind: 'DEPARTMENT' });
      unitIds.set(unit.unitId, id);
      await send('SetReserveTarget', { unitId: id, year: 2025, target: unit.reserveTargets[0].target });
    }
    for (const project of facts) {
      const [first, ...moves] = project.stages;
      const { id: projectId } = await send('RegisterProject', {
        districtId,
        code: project.code,
        name: project.name,
        category: 'INDUSTRIAL',
        leadUnitId: unitIds.get(project.leadUnits[0].unitId) as string,
        totalInvestment: project.plans[0].plannedInvestment * 3,
        stage: first.stage,
        occurredOn: first.on,
      });
      const plan = project.plans[0];
      await send('SetAnnualPlan', {
        projectId,
        year: 2025,
        plannedInvestment: plan.plannedInvestment,
        plannedStartMonth: plan.plannedStartMonth,
        plannedCompletionMonth: '2026-12',
      });
      await send('AssignLeader', { projectId, leader: { name: `领导${Number(project.code.slice(1)) % 40}` } });
      for (const move of moves) await send('ChangeStage', { projectId, stage: move.stage, occurredOn: move.on });
      const building = moves.length > 0;
      for (const report of building ? project.reports : []) {
        await send('SubmitMonthlyReport', {
          projectId,
          month: report.month,
          investment: report.investment,
          progressPercent: 50,
          submittedOn: report.submittedOn,
        });
      }
      for (const problem of project.problems) {
        // a problem is raised once the project is registered, and due no earlier
        const dueOn = problem.dueOn < first.on ? first.on : problem.dueOn;
        const { id } = await send('RaiseProblem', {
          projectId,
          category: 'LAND',
          description: '用地指标未落实',
          raisedOn: first.on,
          dueOn,
        });
        if (problem.resolvedOn)
          await send('ResolveProblem', { problemId: id, resolvedOn: dueOn, resolution: '已办结' });
      }
    }
  });
}

/** pdfkit writing the same tables as plain lines of text, in the same font: the library's own pace. */
function plainPdf(tables: BulletinTable[]): Promise<Buffer> {
  const fonts = cjkFonts();
  const doc = new PDFDocument({ size: 'A4' });
  doc.registerFont('body', fonts.regular);
  doc.font('body').fontSize(8.5);
  const done = new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  for (const table of tables) {
    doc.text(table.title);
    for (const row of table.rows) doc.text(row.map((cell, i) => cellText(cell, table.columns[i].kind)).join('  '));
  }
  doc.end();
  return done;
}

/** exceljs writing the same cells with no styles, formats or frozen rows. */
async function plainXlsx(tables: BulletinTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.addRow(table.columns.map((c) => c.header));
    for (const row of table.rows)
      sheet.addRow(row.map((cell) => (cell !== null && typeof cell === 'object' ? cell.value : cell)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The monthly bulletin of a 5,000-project, 60-unit district: as data, as PDF and as XLSX. */
export async function bulletinBenchmark(): Promise<Comparison[]> {
  const store = new SqliteEventStore(await districtLog());
  const views = await rebuiltViews(store);
  const queries = new ReadModelQueries(views, store);
  const assessments = new AssessmentQueries(views);
  const bulletins = new BulletinQueries(assessments, queries);
  const [district] = await queries.districts();
  const bulletin: Bulletin = await bulletins.bulletin(district.id, 'MONTH', PERIOD);
  const issue = { number: 9, edition: 1, issuedOn: '2025-10-08', digest: contentDigest(bulletin) };
  const printed = bulletinDocument(bulletin, issue);
  const { tables } = printed;
  // warm up the font (read and parsed once per process) and the code paths
  await renderBulletinPdf(printed);
  await renderBulletinXlsx(printed);

  const data = await samples(RUNS, () => bulletins.bulletin(district.id, 'MONTH', PERIOD));
  const assess = await samples(RUNS, () => assessments.assess(district.id, PERIOD));
  const pdf = await samples(RUNS, () => renderBulletinPdf(printed));
  const pdfPlain = await samples(RUNS, () => plainPdf(tables));
  const xlsx = await samples(RUNS, () => renderBulletinXlsx(printed));
  const xlsxPlain = await samples(RUNS, () => plainXlsx(tables));
  const pdfBytes = (await renderBulletinPdf(printed)).length;
  await store.close();
  const xlsxBytes = (await renderBulletinXlsx(printed)).length;
  const rows = `${bulletin.ranking.length} units ranked, ${bulletin.lights.red.length} red-light projects, ${bulletin.problems.overdue.length} overdue problems, ${bulletin.reporting.units.length} units with late or missing reports`;
  const row = (
    name: string,
    s: number[],
    base: number[],
    baselineName: string,
    target: string,
    notes: string,
  ): Comparison => ({
    name,
    unit: 'ms',
    value: round(median(s), 1),
    baselineName,
    baseline: round(median(base), 1),
    ratio: median(s) / median(base),
    target,
    notes: `${notes}; median of ${RUNS} runs, p95 ${round(s[Math.floor(s.length * 0.95)], 1)} ms; load average ${round(loadavg()[0], 1)} on the machine`,
  });
  return [
    row(
      'Monthly bulletin as data (5,000 projects, 60 units)',
      data,
      assess,
      'the assessment query for the same district and month',
      atMost(median(data), 200, 'ms'),
      rows,
    ),
    row(
      '…as PDF (A4, CJK font subset embedded)',
      pdf,
      pdfPlain,
      'pdfkit writing the same rows as plain text lines',
      atMost(median(pdf) / 1000, 2, 's'),
      `${round(pdfBytes / 1024)} KB (≤ 1 MB ${pdfBytes <= 1024 * 1024 ? '✅' : '❌'})`,
    ),
    row(
      '…as XLSX (one sheet per section, styled, formatted)',
      xlsx,
      xlsxPlain,
      'exceljs writing the same cells without styles',
      atMost(median(xlsx) / 1000, 1, 's'),
      `${round(xlsxBytes / 1024)} KB`,
    ),
  ];
}
