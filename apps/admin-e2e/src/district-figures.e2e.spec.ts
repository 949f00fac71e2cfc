import type { Locator, Page } from 'playwright-core';
import { numberIn, open, screenshot, signIn } from './support/app';
import { DESKTOP, openBrowser, type BrowserSession } from './support/browser';
import { latestReportedMonth, monthWithTies, reportDueThisMonth } from './support/reports';

/** A statistic of the dashboard by its title, as shown. */
async function statistic(page: Page, title: string): Promise<string> {
  const card = page.locator('.ant-statistic').filter({ has: page.getByText(title, { exact: true }) });
  return (await card.locator('.ant-statistic-content').textContent()) ?? '';
}

/** The cells of a table row by their column titles. */
async function rowByColumns(table: Locator, row: Locator): Promise<Record<string, string>> {
  const headers = await table.locator('thead th').allTextContents();
  const cells = await row.getByRole('cell').allTextContents();
  return Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? '']));
}

describe('one set of numbers', () => {
  const sessions: BrowserSession[] = [];
  afterAll(async () => Promise.all(sessions.map((s) => s.close())));

  it('shows 铜梁区 the same on its dashboard and in the city comparison, the cancelled project apart', async () => {
    const year = (await latestReportedMonth()).slice(0, 4);
    const district = await openBrowser(DESKTOP);
    const city = await openBrowser(DESKTOP);
    sessions.push(district, city);
    await signIn(district.page, 'tongliang-admin');
    await open(district.page, `/dashboard?period=${year}`);
    const projects = numberIn(await statistic(district.page, '项目总数'));
    const completed = numberIn(await statistic(district.page, '本年累计完成投资'));
    const completion = await statistic(district.page, '投资完成率（对序时目标）');
    await district.page
      .getByText(/另有 \d+ 个已终止项目，不计入合计/)
      .first()
      .waitFor();

    await signIn(city.page, 'city');
    await open(city.page, `/comparison?period=${year}`);
    const table = city.page.locator('.ant-card').filter({ hasText: '各区县情况' }).locator('.ant-table');
    const row = await rowByColumns(table, table.getByRole('row').filter({ hasText: '铜梁区' }));
    expect(numberIn(row['项目数'])).toBe(projects);
    expect(numberIn(row['已终止（不计入）'])).toBeGreaterThan(0);
    expect(numberIn(row['本年累计完成投资'])).toBe(completed);
    expect(row['投资完成率（对序时目标）']).toBe(completion);
  });

  it('labels a project’s completed investment as 开累 and the year’s as 本年累计', async () => {
    const { project } = await reportDueThisMonth();
    const admin = await openBrowser(DESKTOP);
    sessions.push(admin);
    await signIn(admin.page, 'tongliang-admin');
    await open(admin.page, `/projects/${project.id}`);
    await admin.page.getByText('开累完成投资', { exact: true }).waitFor();
    await admin.page.getByText('本年累计完成投资', { exact: true }).waitFor();
    expect(await admin.page.getByText('累计完成投资', { exact: true }).count()).toBe(0);
  });

  it('says why units on equal scores are ranked apart, and gives a unit without projects no score', async () => {
    const month = await monthWithTies();
    const admin = await openBrowser(DESKTOP);
    sessions.push(admin);
    await signIn(admin.page, 'tongliang-admin');
    await open(admin.page, `/assessment?period=${month}`);
    const table = admin.page.locator('.ant-card').filter({ hasText: '单位排名与得分明细' }).locator('.ant-table');
    const rows = table.locator('tbody tr.ant-table-row');
    const shown: Record<string, string>[] = [];
    for (let i = 0; i < (await rows.count()); i += 1) shown.push(await rowByColumns(table, rows.nth(i)));
    const tied = shown.filter((row, i) => i > 0 && /与上一名同分/.test(row['责任单位']));
    expect(tied.length).toBeGreaterThan(0);
    for (const row of tied) expect(row['得分']).toBe(shown[shown.indexOf(row) - 1]['得分']);
    // every pair of equal scores says which tie-break decided
    shown.forEach((row, i) => {
      if (i > 0 && row['排名'] !== '不参与排名' && row['得分'] === shown[i - 1]['得分'])
        expect(row['责任单位']).toMatch(/与上一名同分(，投资完成率较低|且投资完成率相同，按单位代码排序)/);
    });
    const unranked = shown.filter((row) => row['排名'] === '不参与排名');
    expect(unranked.length).toBeGreaterThan(0);
    for (const row of unranked) expect(row['得分']).toBe('—');
    await admin.page.getByText(/得分相同时，依次按投资完成率/).waitFor();
    await screenshot(admin.page, 'assessment-ties', true);
  });
});
