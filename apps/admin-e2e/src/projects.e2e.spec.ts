import {
  chineseMonth,
  choose,
  numberIn,
  open,
  screenshot,
  settled,
  settledValue,
  signIn,
  typeDate,
} from './support/app';
import { DESKTOP, openBrowser, type BrowserSession } from './support/browser';
import type { Page, Request } from 'playwright-core';

/** Fills in the registration form's required fields, the last one still focused; returns the dialog. */
async function fillRegistration(page: Page, code: string, name: string) {
  await open(page, '/projects');
  await page.getByRole('button', { name: /登记项目/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('项目编号').fill(code);
  await dialog.getByLabel('项目名称').fill(name);
  await choose(page, dialog.getByLabel('项目类别'), '产业');
  await choose(page, dialog.getByLabel('牵头单位'), '区发展改革委');
  await dialog.getByLabel('总投资').fill('12,000');
  return dialog;
}

/** Fills in and sends the registration form; returns the dialog (still open if refused). */
async function registerProject(page: Page, code: string, name: string) {
  const dialog = await fillRegistration(page, code, name);
  await dialog.getByRole('button', { name: /^提\s*交$/ }).click();
  return dialog;
}

describe('projects (项目库)', () => {
  let admin: BrowserSession;
  beforeAll(async () => {
    admin = await openBrowser(DESKTOP);
    await signIn(admin.page, 'tongliang-admin');
  });
  afterAll(async () => admin.close());

  it('filters, sorts and pages the district’s projects', async () => {
    const { page } = admin;
    await open(page, '/projects');
    const summary = page.getByText(/^第 \d+ \/ \d+ 页，共 \d+ 个$/);
    const total = numberIn((await summary.textContent())?.split('共')[1] ?? null);
    await screenshot(page, 'projects');

    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByText(/^第 2 \/ \d+ 页/).waitFor();

    await choose(page, page.getByLabel('阶段'), '开工在建');
    await page.keyboard.press('Escape');
    await page.getByText(/^第 1 \/ \d+ 页/).waitFor();
    await settled(page);
    const building = numberIn((await summary.textContent())?.split('共')[1] ?? null);
    expect(building).toBeLessThan(total);
    expect(new URL(page.url()).searchParams.get('stage')).toBe('UNDER_CONSTRUCTION');
    const stages = await settledValue(
      () => page.locator('tbody tr.ant-table-row td:nth-child(3)').allTextContents(),
      (values) => values.every((stage) => stage === '开工在建'),
    );
    expect(new Set(stages)).toEqual(new Set(['开工在建']));

    await page.getByRole('columnheader', { name: /总投资/ }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'TOTAL_INVESTMENT');
    // the second click reverses the order once the table shows the first (its header marked ascending)
    await settled(page);
    await page.locator('th[aria-sort="ascending"]', { hasText: '总投资' }).waitFor();
    await page.getByRole('columnheader', { name: /总投资/ }).click();
    await page.waitForURL((url) => url.searchParams.get('dir') === 'DESC');
    await settled(page);
    const descending = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1] >= v);
    const amounts = await settledValue(
      async () => (await page.locator('tbody tr.ant-table-row td:nth-child(5)').allTextContents()).map(numberIn),
      descending,
    );
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('registers a project, refuses its code a second time in plain Chinese, and cancels it after asking', async () => {
    const { page } = admin;
    const code = `E2E-${Date.now()}`;
    const register = () => registerProject(page, code, '铜梁高新区浏览器测试产业园');
    await register();
    await page.waitForURL((url) => url.pathname.startsWith('/projects/'));
    await page.getByText(code).waitFor();

    const again = await register();
    // Said under the field at fault.
    await again
      .locator('.ant-form-item')
      .filter({ hasText: '项目编号' })
      .getByText('该编号已被使用，请换一个。')
      .waitFor();
    await again.getByRole('button', { name: /^取\s*消$/ }).click();

    await page.getByPlaceholder('项目编号、名称、业主或乡镇').fill(code);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: '铜梁高新区浏览器测试产业园' }).click();
    await page.getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitem', { name: '变更阶段' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '变更阶段' });
    // the platform says which moves need a reason: moving forward does not, cancelling does
    await choose(page, dialog.getByLabel('新阶段'), '前期');
    await dialog.getByText('原因（选填）').waitFor();
    await choose(page, dialog.getByLabel('新阶段'), '终止');
    await dialog.getByText('原因（选填）').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: /^提\s*交$/ }).click();
    // Without a reason the form says what is missing, in Chinese, before anything is sent.
    await dialog.getByText('请填写原因').waitFor();
    await dialog.getByLabel('原因', { exact: true }).fill('企业投资计划调整，项目取消');
    await dialog.getByRole('button', { name: /^提\s*交$/ }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确定终止项目“铜梁高新区浏览器测试产业园”吗？' });
    await confirm.getByRole('button', { name: /^确定终止$/ }).click();
    await page.getByText('项目已终止').waitFor();
    await page.getByRole('tab', { name: /全部记录/ }).click();
    await page.getByText('项目终止（原阶段：谋划储备）').waitFor();
    // the platform says a cancelled project accepts no more changes: no command is offered
    expect(await page.getByRole('button', { name: /更多操作/ }).count()).toBe(0);
  });

  it('says a code is taken under its field as soon as the filled form is left, before anything is sent', async () => {
    const { page } = admin;
    await open(page, '/projects');
    const taken = (await page.locator('tbody tr.ant-table-row td:nth-child(1)').first().textContent())?.trim() ?? '';
    const operations: string[] = [];
    const record = (request: Request) =>
      operations.push(/"operationName":"(\w+)"/.exec(request.postData() ?? '')?.[1] ?? '');
    page.on('request', record);

    const dialog = await fillRegistration(page, taken, '铜梁区编号检查测试项目');
    await page.keyboard.press('Tab');
    const codeItem = dialog.locator('.ant-form-item').filter({ hasText: '项目编号' });
    await codeItem.getByText('该编号已被使用，请换一个。').waitFor();
    // only asked: nothing was sent to be registered
    expect(operations).toContain('CheckCommand');
    expect(operations).not.toContain('RegisterProject');

    // a free code: the message goes as it is typed, and leaving the field finds nothing to say
    await dialog.getByLabel('项目编号').fill(`E2E-C-${Date.now()}`);
    await page.keyboard.press('Tab');
    await codeItem.getByText('该编号已被使用，请换一个。').waitFor({ state: 'detached' });
    await settled(page);
    expect(await codeItem.locator('.ant-form-item-explain-error').count()).toBe(0);
    await dialog.getByRole('button', { name: /^取\s*消$/ }).click();
    page.off('request', record);
  });

  it('carries in an opening balance (开累基数) and shows it in 开累, on the page and in the history', async () => {
    const { page } = admin;
    await registerProject(page, `E2E-OB-${Date.now()}`, '铜梁续建项目开累测试');
    await page.waitForURL((url) => url.pathname.startsWith('/projects/'));
    await page.getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitem', { name: '设定开累基数' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '设定开累基数' });
    await typeDate(dialog.getByLabel('截至月份', { exact: true }), chineseMonth('2025-11'));
    await dialog.getByLabel('开累完成投资', { exact: true }).fill('8,000');
    await dialog.getByLabel('其中截至月份所在年度完成投资').fill('9,000');
    await dialog.getByRole('button', { name: /^提\s*交$/ }).click();
    // more in the year than in all: said under the field, in Chinese, nothing sent
    await dialog
      .locator('.ant-form-item')
      .filter({ hasText: '其中截至月份所在年度完成投资' })
      .locator('.ant-form-item-explain')
      .waitFor();
    await dialog.getByLabel('其中截至月份所在年度完成投资').fill('500');
    await dialog.getByRole('button', { name: /^提\s*交$/ }).click();
    await page.getByText('截至2025年11月：8,000 万元（其中2025年 500 万元）').waitFor();
    await page.getByRole('tab', { name: /全部记录/ }).click();
    await page.getByText('开累基数：截至2025年11月累计完成投资 8,000 万元，其中2025年 500 万元').waitFor();
  });

  it('links a leader’s account to a project, and the leader then finds it among their own', async () => {
    const { page } = admin;
    const code = `E2E-L-${Date.now()}`;
    await registerProject(page, code, '铜梁包保领导测试项目');
    await page.waitForURL((url) => url.pathname.startsWith('/projects/'));
    await page.getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitem', { name: '指定包保领导' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '指定包保领导' });
    await dialog.getByLabel('包保领导姓名').fill('王建国副区长');
    await choose(page, dialog.getByLabel('包保领导账号'), '王建国副区长（tongliang-leader）');
    await dialog.getByRole('button', { name: /^提\s*交$/ }).click();
    await page.getByText('已关联账号').waitFor();

    const leader = await openBrowser(DESKTOP);
    try {
      await signIn(leader.page, 'tongliang-leader');
      await open(leader.page, '/projects');
      await leader.page.getByPlaceholder('项目编号、名称、业主或乡镇').fill(code);
      await leader.page.keyboard.press('Enter');
      await leader.page.getByRole('link', { name: '铜梁包保领导测试项目' }).waitFor();
    } finally {
      await leader.close();
    }
  });
});
