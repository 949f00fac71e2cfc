import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { screenshot, settled, signIn, titleOf } from './support/app';
import { DESKTOP, openBrowser, type BrowserSession } from './support/browser';
import { downloadOf } from './support/download';

const SHEET = '重点项目台账';
const FILE_NAME = '台账2025.xlsx';
const NEW_PROJECTS = [
  { code: 'TL-E2E-L01', name: '铜梁台账导入测试产业园' },
  { code: 'TL-E2E-L02', name: '铜梁台账导入测试道路' },
];

/** The template's choices for a column, as its 填写说明 sheet lists them for a person filling it in. */
function choicesOf(workbook: ExcelJS.Workbook, header: string): string[] {
  const notes = workbook.getWorksheet('填写说明') as ExcelJS.Worksheet;
  const rows = notes.getSheetValues().filter(Boolean) as ExcelJS.CellValue[][];
  const row = rows.find((values) => values[1] === header);
  return String(row?.[5] ?? '')
    .split('、')
    .filter(Boolean);
}

/** The template with these rows below its header, each given by column header, saved where the browser can pick it. */
async function filledIn(
  template: Buffer,
  rows: Record<string, ExcelJS.CellValue>[],
  { sheetName = SHEET, fileName = FILE_NAME } = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName) as ExcelJS.Worksheet;
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(String);
  rows.forEach((cells, index) => {
    const row = sheet.getRow(index + 2);
    for (const [header, value] of Object.entries(cells)) row.getCell(headers.indexOf(header)).value = value;
  });
  const path = join(mkdtempSync(join(tmpdir(), 'tuijin-ledger-')), fileName);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Chooses the file in the page's upload button and waits for the platform's check of it. */
async function upload(page: Page, path: string, fileName = FILE_NAME): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByText(`检查结果：${fileName}`).waitFor();
  await settled(page);
}

const importButton = (page: Page) => page.getByRole('button', { name: /^导\s*入$/ });

describe('ledger import (台账导入)', () => {
  let admin: BrowserSession;
  beforeAll(async () => {
    admin = await openBrowser(DESKTOP);
    await signIn(admin.page, 'tongliang-admin');
  });
  afterAll(async () => admin.close());

  it('checks a filled-in template, shows its problem by row and column, and imports it once fixed', async () => {
    const { page } = admin;
    await page.getByRole('menuitem', { name: '台账导入' }).click();
    expect(await titleOf(page, '台账导入')).toBe('台账导入');
    await settled(page);

    const template = await downloadOf(page, () => page.getByRole('button', { name: /下载台账模板/ }).click());
    expect(template.name).toBe('铜梁区重点项目台账模板.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(SHEET)).toBeDefined();
    const [leadUnit] = choicesOf(workbook, '牵头单位');
    expect(leadUnit).toBeTruthy();

    const rows = (secondLeadUnit: string) => [
      {
        项目编码: NEW_PROJECTS[0].code,
        项目名称: NEW_PROJECTS[0].name,
        项目类别: '产业',
        牵头单位: leadUnit,
        '总投资（万元）': 12000,
        计划年度: 2025,
        '年度计划投资（万元）': 3000,
        计划开工月份: '2025-10',
        计划竣工月份: '2026-12',
      },
      {
        项目编码: NEW_PROJECTS[1].code,
        项目名称: NEW_PROJECTS[1].name,
        项目类别: '基础设施',
        牵头单位: secondLeadUnit,
        '总投资（万元）': 4500,
      },
    ];

    // an unknown 牵头单位: the report names row 3, column 牵头单位, and offers no import
    await upload(page, await filledIn(template.body, rows('不存在的单位')));
    const issues = page.locator('.ledger-issues tbody tr.ant-table-row');
    expect(await issues.count()).toBe(1);
    const [row, column, value] = await issues.first().locator('td').allTextContents();
    expect([row, column, value]).toEqual(['3', '牵头单位', '不存在的单位']);
    await page.getByText(/文件中有 1 处问题。问题全部改正之前不会导入任何数据/).waitFor();
    expect(await importButton(page).count()).toBe(0);
    // the rows at fault, with their problems, to fix them in Excel
    const faulty = await downloadOf(page, () => page.getByRole('button', { name: /下载问题行/ }).click());
    expect(faulty.name).toBe('台账2025-问题行.xlsx');
    const issueBook = new ExcelJS.Workbook();
    await issueBook.xlsx.load(faulty.body as unknown as ArrayBuffer);
    const faultyRows = (issueBook.getWorksheet('问题行') as ExcelJS.Worksheet)
      .getSheetValues()
      .filter(Boolean) as ExcelJS.CellValue[][];
    expect(faultyRows).toHaveLength(2);
    expect(faultyRows[1][1]).toBe(3);
    expect(String(faultyRows[1].at(-1))).toContain('牵头单位');

    // fixed: both rows would register a project, and 导入 is offered
    await upload(page, await filledIn(template.body, rows(leadUnit)));
    expect(await page.locator('.ledger-issues').count()).toBe(0);
    const planned = page.locator('.ledger-rows tbody tr.ant-table-row');
    expect(await planned.count()).toBe(2);
    expect(await planned.first().locator('td').allTextContents()).toEqual([
      '2',
      NEW_PROJECTS[0].code,
      '新增',
      '登记项目、年度计划',
    ]);
    expect(await planned.nth(1).locator('td').allTextContents()).toEqual([
      '3',
      NEW_PROJECTS[1].code,
      '新增',
      '登记项目',
    ]);
    const summary = await page.locator('.ledger-summary .ant-statistic').allTextContents();
    expect(summary).toEqual(['读取行数2', '新增项目2', '变更项目0', '无变化0', '问题0']);
    expect(await importButton(page).isEnabled()).toBe(true);
    await screenshot(page, 'ledger-check', true);

    await importButton(page).click();
    await page.getByText('导入完成').waitFor();
    await page.getByText(`已从“${FILE_NAME}”新增 2 个项目，变更 0 个项目。`).waitFor();
    const record = page.locator('.ledger-imports tbody tr.ant-table-row').filter({ hasText: FILE_NAME });
    await record.first().waitFor();
    const cells = await record.first().locator('td').allTextContents();
    expect([cells[1], cells[2], cells[4], ...cells.slice(5)]).toEqual([
      '重点项目台账',
      FILE_NAME,
      '区县管理员 · 铜梁区发改委管理员',
      '2',
      '2',
      '0',
    ]);
    await screenshot(page, 'ledger-import', true);

    await page.getByRole('button', { name: '查看项目库' }).click();
    await titleOf(page, '项目库');
    await page.getByPlaceholder('项目编号、名称、业主或乡镇').fill('台账导入测试');
    await page.keyboard.press('Enter');
    for (const project of NEW_PROJECTS) await page.getByRole('link', { name: project.name }).waitFor();
    await page.getByRole('link', { name: NEW_PROJECTS[0].name }).click();
    await page.getByRole('tab', { name: /全部记录/ }).click();
    const registered = page.locator('.history-entry').filter({ hasText: '登记项目' });
    await registered.getByText(`导入自 ${FILE_NAME}`).waitFor();
  });

  it("imports a month's reports on the same page, for a project of the district's own ledger", async () => {
    const { page } = admin;
    await page.getByRole('menuitem', { name: '台账导入' }).click();
    await titleOf(page, '台账导入');
    const current = await downloadOf(page, () => page.getByRole('button', { name: /下载本区县项目台账/ }).click());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(current.body as unknown as ArrayBuffer);
    const projects = workbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(projects.rowCount).toBeGreaterThan(100);
    // a project the first test imported: registered today, so this month's report is owed
    const code = NEW_PROJECTS[0].code;
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);

    await page.getByText('月报台账', { exact: true }).first().click();
    const template = await downloadOf(page, () => page.getByRole('button', { name: /下载台账模板/ }).click());
    expect(template.name).toBe('铜梁区月报台账模板.xlsx');
    const fileName = '2025年12月月报.csv';
    const path = join(mkdtempSync(join(tmpdir(), 'tuijin-reports-')), fileName);
    writeFileSync(path, `\uFEFF项目编码,月份,本月完成投资（万元）,形象进度（%）\r\n${code},${month},"1,234",60\r\n`);
    await upload(page, path, fileName);
    const summary = await page.locator('.ledger-summary .ant-statistic').allTextContents();
    expect(summary).toEqual(['读取行数1', '新增项目0', '变更项目1', '无变化0', '问题0']);
    await importButton(page).click();
    await page.getByText(`已从“${fileName}”新增 0 个项目，变更 1 个项目。`).waitFor();
    await page.locator('.ledger-imports tbody tr.ant-table-row').filter({ hasText: fileName }).first().waitFor();
  });

  it('imports the district’s units ledger (责任单位台账): a new unit with its reserve target', async () => {
    const { page } = admin;
    await page.getByRole('menuitem', { name: '台账导入' }).click();
    await titleOf(page, '台账导入');
    await page.getByText('责任单位台账', { exact: true }).first().click();
    const template = await downloadOf(page, () => page.getByRole('button', { name: /下载台账模板/ }).click());
    expect(template.name).toBe('铜梁区责任单位台账模板.xlsx');
    const fileName = '责任单位台账2025.xlsx';
    const unit = { 单位编码: 'E2EDW', 单位名称: '铜梁台账导入测试单位', 单位类型: '乡镇/街道' };
    const rows = (name: string) => [{ ...unit, 单位名称: name, 年度: 2025, '储备项目目标（个）': 2 }];

    // the same code twice: the second row is named, and nothing is offered to import
    await upload(
      page,
      await filledIn(template.body, [...rows(unit.单位名称), ...rows('重名单位')], {
        sheetName: '责任单位台账',
        fileName,
      }),
      fileName,
    );
    const issues = page.locator('.ledger-issues tbody tr.ant-table-row');
    expect(await issues.first().locator('td').allTextContents()).toEqual([
      '3',
      '单位编码',
      'E2EDW',
      '单位编码与第2行重复',
    ]);
    expect(await importButton(page).count()).toBe(0);

    await upload(
      page,
      await filledIn(template.body, rows(unit.单位名称), { sheetName: '责任单位台账', fileName }),
      fileName,
    );
    const planned = page.locator('.ledger-rows tbody tr.ant-table-row');
    expect(await page.locator('.ledger-rows thead th').allTextContents()).toContain('单位编码');
    expect(await planned.first().locator('td').allTextContents()).toEqual([
      '2',
      'E2EDW',
      '新增',
      '新建单位、储备项目目标',
    ]);
    const summary = await page.locator('.ledger-summary .ant-statistic').allTextContents();
    expect(summary).toEqual(['读取行数1', '新增责任单位1', '变更责任单位0', '无变化0', '问题0']);
    await screenshot(page, 'ledger-units', true);

    await importButton(page).click();
    await page.getByText(`已从“${fileName}”新增 1 个责任单位，变更 0 个责任单位。`).waitFor();
    const record = page.locator('.ledger-imports tbody tr.ant-table-row').filter({ hasText: fileName });
    await record.first().waitFor();
    expect((await record.first().locator('td').allTextContents()).slice(1, 3)).toEqual(['责任单位台账', fileName]);
    await page.getByRole('button', { name: '查看责任单位' }).click();
    await page.getByText(unit.单位名称).first().waitFor();
  });

  it('checks a users ledger (账号台账) without ever showing its passwords', async () => {
    const { page } = admin;
    await page.getByRole('menuitem', { name: '台账导入' }).click();
    await titleOf(page, '台账导入');
    await page.getByText('账号台账', { exact: true }).first().click();
    const template = await downloadOf(page, () => page.getByRole('button', { name: /下载台账模板/ }).click());
    const fileName = '账号台账2025.xlsx';
    const path = await filledIn(
      template.body,
      [
        { 用户名: 'tl-e2e-boss', 姓名: '市级账号', 角色: '市级管理员', 初始密码: 'Secret-2025-boss' },
        { 用户名: 'tl-e2e-weak', 姓名: '弱密码', 角色: '分析员', 初始密码: 'weak1' },
        { 用户名: 'tl-e2e-li', 姓名: '李四', 角色: '包保领导', 初始密码: 'Secret-2025-li' },
      ],
      { sheetName: '账号台账', fileName },
    );
    await upload(page, path, fileName);
    const issues = page.locator('.ledger-issues tbody tr.ant-table-row');
    expect(await issues.count()).toBe(2);
    expect((await issues.nth(0).locator('td').allTextContents()).slice(0, 3)).toEqual(['2', '角色', '市级管理员']);
    expect((await issues.nth(1).locator('td').allTextContents()).slice(0, 3)).toEqual(['3', '初始密码', '******']);
    const text = (await page.locator('.ledger-issues').textContent()) ?? '';
    expect(text).not.toContain('weak1');
    expect(text).not.toContain('Secret-2025');
    await screenshot(page, 'ledger-users', true);
  });
});
