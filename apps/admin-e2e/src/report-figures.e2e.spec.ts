import type { Page } from 'playwright-core';
import { chineseDate, chineseMonth, open, screenshot, signIn, typeDate } from './support/app';
import { DESKTOP, openBrowser, type BrowserSession } from './support/browser';
import { findMissingReport, reportDueThisMonth, reportedMonths, warningsFor } from './support/reports';

const submitButton = /^提\s*交$/;

/** The reporter's row for a project that owes the month's report, on the monthly reporting page. */
async function reportingRow(page: Page, month: string, code: string) {
  await open(page, '/reporting');
  await typeDate(page.getByLabel('填报月份'), chineseMonth(month));
  const row = page.getByTestId(`report-${code}`);
  await row.getByRole('button', { name: submitButton }).waitFor();
  return row;
}

describe('figures in a monthly report', () => {
  const sessions: BrowserSession[] = [];
  afterAll(async () => Promise.all(sessions.map((s) => s.close())));

  it('tells a reporter typing −5 万元 and 150 % what is wrong under each field, keeps what was typed, and saves nothing', async () => {
    const { project, month } = await reportDueThisMonth();
    const reporter = await openBrowser(DESKTOP);
    sessions.push(reporter);
    const { page } = reporter;
    await signIn(page, 'tongliang-reporter');
    const row = await reportingRow(page, month, project.code);
    const investment = row.getByLabel(`${project.name} 本月完成投资`);
    const progress = row.getByLabel(`${project.name} 形象进度`);
    await investment.fill('-5');
    await progress.fill('150');
    await row.getByLabel(`${project.name} 备注`).click();
    await row.getByText('本月完成投资不能为负数').waitFor();
    await row.getByText('形象进度应在 0 至 100 之间').waitFor();
    // nothing is turned into 0 or 100 behind the reporter's back
    expect(await investment.inputValue()).toBe('-5');
    expect(await progress.inputValue()).toBe('150');
    await row.getByRole('button', { name: submitButton }).click();
    await page.waitForTimeout(500);
    expect(await page.getByText(`“${project.name}”的月报已提交`).count()).toBe(0);
    expect(await reportedMonths(project.id)).not.toContain(month);
    await screenshot(page, 'reporting-out-of-range');
  });

  it('asks before sending a report whose progress goes backwards, and sends it only when confirmed', async () => {
    const { project, month, previous } = await reportDueThisMonth((due) => (due.previous?.progressPercent ?? 0) >= 10);
    const lower = Math.floor((previous?.progressPercent ?? 10) - 5);
    const reporter = await openBrowser(DESKTOP);
    sessions.push(reporter);
    const { page } = reporter;
    await signIn(page, 'tongliang-reporter');
    const row = await reportingRow(page, month, project.code);
    // the row shows what was reported before, so a slip is easy to see
    await row.getByTestId('previous-report').getByText(`形象进度 ${previous?.progressPercent}%`).waitFor();
    await row.getByLabel(`${project.name} 本月完成投资`).fill('1');
    await row.getByLabel(`${project.name} 形象进度`).fill(String(lower));
    await row.getByRole('button', { name: submitButton }).click();
    const question = page.getByRole('dialog').filter({ hasText: '请核实以下数据后再提交' });
    await question.getByText(`形象进度 ${lower}% 低于`).waitFor();
    await screenshot(page, 'reporting-confirm');
    await question.getByRole('button', { name: '返回修改' }).click();
    await question.waitFor({ state: 'hidden' });
    expect(await reportedMonths(project.id)).not.toContain(month);

    await row.getByRole('button', { name: submitButton }).click();
    await question.getByRole('button', { name: '数据无误，提交' }).click();
    await page.getByText(`“${project.name}”的月报已提交`).waitFor();
    expect(await reportedMonths(project.id)).toContain(month);
  });

  it('gives a reporter no day to choose, and lets an admin back-fill one, shown as 补录 with who entered it', async () => {
    const own = await reportDueThisMonth();
    const { project, month } = await findMissingReport('tongliang-admin');
    const reporter = await openBrowser(DESKTOP);
    const admin = await openBrowser(DESKTOP);
    sessions.push(reporter, admin);
    await signIn(reporter.page, 'tongliang-reporter');
    await open(reporter.page, `/projects/${own.project.id}`);
    await reporter.page.getByRole('button', { name: '填报月报' }).click();
    const reporterForm = reporter.page.getByRole('dialog');
    await reporterForm.getByLabel('本月完成投资').waitFor();
    expect(await reporterForm.getByText(/填报日期|补录日期/).count()).toBe(0);

    await signIn(admin.page, 'tongliang-admin');
    await open(admin.page, `/projects/${project.id}`);
    await admin.page.getByRole('button', { name: '填报月报' }).click();
    const form = admin.page.getByRole('dialog');
    await typeDate(form.getByLabel('填报月份'), chineseMonth(month));
    await form.getByLabel('本月完成投资').fill('-5');
    await form.getByLabel('形象进度').fill('150');
    await form.getByRole('button', { name: submitButton }).click();
    await form.getByText('本月完成投资不能为负数').waitFor();
    await form.getByText('形象进度应在 0 至 100 之间').waitFor();
    expect(await reportedMonths(project.id)).not.toContain(month);

    // the month's last week: a day that has passed, when the report was on paper
    const backfilledOn = `${month}-28`;
    await form.getByLabel('本月完成投资').fill('120');
    await form.getByLabel('形象进度').fill('100');
    await typeDate(form.getByLabel('补录日期（仅补录历史台账时填写）'), chineseDate(backfilledOn));
    await form.getByRole('button', { name: submitButton }).click();
    if ((await warningsFor(project.id, month, 120, 100)).length > 0)
      await admin.page.getByRole('button', { name: '数据无误，提交' }).click();
    await admin.page.getByText('月报已提交', { exact: true }).waitFor();

    await admin.page.getByRole('tab', { name: /^月报/ }).click();
    const reportRow = admin.page.getByRole('row').filter({ hasText: chineseMonth(month) });
    await reportRow.getByText('补录', { exact: true }).waitFor();
    await reportRow.getByText(/录入人：\s*区县管理员/).waitFor();
    await reportRow.getByText(chineseDate(backfilledOn)).waitFor();
    await screenshot(admin.page, 'project-reports');
    await admin.page.getByRole('tab', { name: /^全部记录/ }).click();
    await admin.page.locator('.history-entry').filter({ hasText: '补录' }).first().waitFor();
  });
});
