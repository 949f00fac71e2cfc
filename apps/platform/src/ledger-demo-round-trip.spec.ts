import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { districtIdFor } from '@tuijin/application';
import { DEMO_ACTOR, seedDemo } from '@tuijin/demo-data';
import {
  PROJECT_CHOICES,
  PROJECT_LEDGER,
  PROJECTS,
  checkLedger,
  importLedger,
  ledgerTemplate,
  projectLedgerRows,
  unitChoices,
} from '@tuijin/ledgers';
import { EmbeddedRuntime } from './embedded-runtime';
import { TEST_PUBLISHING, TEST_SECURITY } from './testing/test-platform';

const TONGLIANG = districtIdFor('500151');
const METADATA = { actor: { userId: 'tongliang-admin', role: 'DISTRICT_ADMIN' }, today: '2026-01-31' };

/** 铜梁区's ledger as the platform exports it, taken out to Excel, edited in three rows and brought back. */
describe("the demo's 铜梁区 ledger, exported, edited and imported back", () => {
  let runtime: EmbeddedRuntime;
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  const column = (header: string) => (sheet.getRow(1).values as unknown[]).indexOf(header);
  const fileOf = async (name: string) => ({ name, bytes: Buffer.from(await workbook.xlsx.writeBuffer()) });

  beforeAll(async () => {
    runtime = new EmbeddedRuntime(
      mkdtempSync(join(tmpdir(), 'tuijin-ledger-')),
      () => '2026-01-31',
      TEST_SECURITY,
      TEST_PUBLISHING,
    );
    await runtime.start();
    await seedDemo(runtime.commands, DEMO_ACTOR);
    await runtime.waitFor(await runtime.store.lastPosition());
    const { queries } = runtime;
    const units = await queries.units(TONGLIANG);
    const projects = await queries.projectsByIds(await queries.projectIds(TONGLIANG, {}));
    const exported = await ledgerTemplate(
      PROJECT_LEDGER,
      { ...PROJECT_CHOICES, units: unitChoices(units) },
      projectLedgerRows(projects, units),
    );
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as unknown as ArrayBuffer);
    sheet = workbook.getWorksheet(PROJECT_LEDGER.title) as ExcelJS.Worksheet;
  }, 120_000);
  afterAll(() => runtime.close());

  it('reads back as the district has it: every project, no problem, nothing to change', async () => {
    const { check } = await checkLedger(PROJECTS, await fileOf('铜梁区台账.xlsx'), TONGLIANG, METADATA, runtime);
    expect(check.issues).toEqual([]);
    expect(check.rowCount).toBeGreaterThan(100);
    expect(check.rows.filter((row) => row.changes.length > 0)).toEqual([]);
  });

  it('imports exactly the events of the rows edited, and the record of the import', async () => {
    // three rows edited as an office would: a total, a township, a year's plan
    const rows = [2, 3, 4].map((n) => sheet.getRow(n));
    const codes = rows.map((row) => row.getCell(column('项目编码')).value as string);
    rows[0].getCell(column('总投资（万元）')).value = Number(rows[0].getCell(column('总投资（万元）')).value) + 100;
    rows[1].getCell(column('所在乡镇')).value = '巴川街道';
    const planned = rows[2].getCell(column('年度计划投资（万元）'));
    planned.value = Number(planned.value) + 50;
    const before = await runtime.store.lastPosition();

    const result = await importLedger(PROJECTS, await fileOf('铜梁区台账-修订.xlsx'), TONGLIANG, METADATA, runtime);

    expect(result).toMatchObject({ imported: true, registered: 0, changed: 3 });
    const written = await runtime.store.readAll(before, 100);
    const codeOf = new Map(
      (await runtime.queries.projectsByIds(written.map((e) => e.streamId.replace(/^project-/, '')))).map((p) => [
        `project-${p.id}`,
        p.code,
      ]),
    );
    expect(written.map((e) => [codeOf.get(e.streamId) ?? e.streamId.split('-')[0], e.type])).toEqual([
      [codes[0], 'ProjectDetailsRevised'],
      [codes[1], 'ProjectDetailsRevised'],
      [codes[2], 'AnnualPlanSet'],
      ['ledgerimports', 'LedgerImported'],
    ]);
    expect(written.every((e) => e.actor.importedFrom?.fileName === '铜梁区台账-修订.xlsx')).toBe(true);
  });
});
