import { apiAs } from './support/api';
import { chineseMonth, numberIn, open, screenshot, signIn, typeDate } from './support/app';
import { DESKTOP, openBrowser, PHONE, type BrowserSession } from './support/browser';

interface UnitProjects {
  me: { unitId: string; districtIds: string[]; unit: { name: string } };
  projects: {
    edges: {
      node: { code: string; name: string; stage: string; stageSince: string; monthlyReports: { month: string }[] };
    }[];
  };
}

const lastDay = (month: string) =>
  `${month}-${new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()}`;

/**
 * A report the reporter's unit owes and has not sent, in the latest reported year: a project
 * building at the end of the month without a report for it. Found through the API; the test
 * then does the reporting in the browser.
 */
async function findMissingReport() {
  const api = await apiAs('tongliang-reporter');
  const { me } = await api.query<Pick<UnitProjects, 'me'>>('{ me { unitId districtIds unit { name } } }');
  const { projects } = await api.query<Pick<UnitProjects, 'projects'>>(
    `query ($d: ID!, $u: ID!) { projects(districtId: $d, filter: { leadUnitId: $u }, first: 100) {
       edges { node { code name stage stageSince monthlyReports { month } } } } }`,
    { d: me.districtIds[0], u: me.unitId },
  );
  const nodes = projects.edges.map((edge) => edge.node);
  const latest = nodes
    .flatMap((p) => p.monthlyReports.map((r) => r.month))
    .sort()
    .pop();
  if (!latest) throw new Error('the demo unit has no reports at all');
  const year = latest.slice(0, 4);
  for (let m = 12; m >= 1; m -= 1) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    const owing = nodes.find(
      (p) =>
        p.stage === 'UNDER_CONSTRUCTION' &&
        p.stageSince <= lastDay(month) &&
        !p.monthlyReports.some((r) => r.month === month),
    );
    if (owing) return { project: owing, month, unitName: me.unit.name };
  }
  throw new Error(`no missing report in ${year} for the demo unit`);
}

async function completedToDate(browser: BrowserSession, period: string, knownAt?: string): Promise<number> {
  await open(browser.page, `/dashboard?period=${period}${knownAt ? `&knownAt=${knownAt}` : ''}`);
  const statistic = browser.page.locator('.ant-statistic').filter({ hasText: '累计完成投资' });
  return numberIn(await statistic.locator('.ant-statistic-content').textContent());
}

async function unitScore(browser: BrowserSession, period: string, unitName: string): Promise<number> {
  await open(browser.page, `/assessment?period=${period}`);
  const table = browser.page.locator('.ant-card').filter({ hasText: '单位排名与得分明细' }).locator('.ant-table');
  const scoreColumn = (await table.locator('thead th').allTextContents()).indexOf('得分');
  const row = table.getByRole('row').filter({ has: browser.page.getByRole('cell', { name: unitName, exact: true }) });
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
