import { chineseMonth, numberIn, open, screenshot, signIn, typeDate } from './support/app';
import { DESKTOP, openBrowser, PHONE, type BrowserSession } from './support/browser';
import { findMissingReport, warningsFor } from './support/reports';

async function completedToDate(browser: BrowserSession, period: string, knownAt?: string): Promise<number> {
  await open(browser.page, `/dashboard?period=${period}${knownAt ? `&knownAt=${knownAt}` : ''}`);
  const statistic = browser.page.locator('.ant-statistic').filter({ hasText: '本年累计完成投资' });
  return numberIn(await statistic.locator('.ant-statistic-content').textContent());
}

async function unitScore(browser: BrowserSession, period: string, unitName: string): Promise<number> {
  await open(browser.page, `/assessment?period=${period}`);
  const table = browser.page.locator('.ant-card').filter({ hasText: '单位排名与得分明细' }).locator('.ant-table');
  const scoreColumn = (await table.locator('thead th').allTextContents()).indexOf('得分');
  // the unit's cell may add a line on how a tie was broken
  const row = table
    .getByRole('row')
    .filter({ has: browser.page.getByRole('cell', { name: new RegExp(`^${unitName}`) }) });
  return numberIn(await row.getByRole('cell').nth(scoreColumn).textContent());
}

describe('monthly reporting (月报填报)', () => {
  const sessions: BrowserSession[] = [];
  afterAll(async () => Promise.all(sessions.map((s) => s.close())));

  it('lets a reporter send a missing report, marks it late, and the dashboard and ranking count it', async () => {
    const { project, month, unitName } = await findMissingReport();
    const amount = 30000;
    const admin = await openBrowser(DESKTOP);
    const reporter = await openBrowser(DESKTOP);
    sessions.push(admin, reporter);
    await signIn(admin.page, 'tongliang-admin');
    const completedBefore = await completedToDate(admin, month);
    const scoreBefore = await unitScore(admin, month, unitName);

    const { page } = reporter;
    await signIn(page, 'tongliang-reporter');
    await typeDate(page.getByLabel('填报月份'), chineseMonth(month));
    const row = page.getByTestId(`report-${project.code}`);
    await row.getByText('逾期未报').waitFor();
    await row.getByLabel(`${project.name} 本月完成投资`).fill(String(amount));
    await row.getByLabel(`${project.name} 形象进度`).fill('55');
    await row.getByLabel(`${project.name} 备注`).fill('主体结构施工，补报当月数据');
    await screenshot(page, 'reporting', true);
    const beforeSubmitting = new Date().toISOString();
    await row.getByRole('button', { name: /^提\s*交$/ }).click();
    // a large month may be far above the plan's pace: the app asks first exactly when the platform has doubts
    if ((await warningsFor(project.id, month, amount, 55)).length > 0)
      await page.getByRole('button', { name: '数据无误，提交' }).click();
    await page.getByText(`“${project.name}”的月报已提交`).waitFor();
    // Sent after its due day: accepted, and marked late.
    await row.getByText('已报（迟报）').waitFor();

    expect(await completedToDate(admin, month)).toBe(completedBefore + amount);
    expect(await unitScore(admin, month, unitName)).toBeGreaterThan(scoreBefore);
    // As known just before the report was sent, the dashboard still shows the earlier figure.
    expect(await completedToDate(admin, month, beforeSubmitting)).toBe(completedBefore);
    await admin.page.getByText('仅使用所选时刻之前录入的数据').waitFor();
    expect(await admin.page.getByLabel('数据截至').inputValue()).not.toBe('');
  });

  it('works on a phone-width screen', async () => {
    const phone = await openBrowser(PHONE);
    sessions.push(phone);
    await signIn(phone.page, 'tongliang-reporter');
    await phone.page.getByText(/应报 \d+ 个项目/).waitFor();
    await screenshot(phone.page, 'reporting-phone', true);
  });
});
