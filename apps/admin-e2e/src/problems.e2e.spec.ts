import { apiAs } from './support/api';
import { chinaDay, chineseDate, choose, numberIn, open, screenshot, signIn, typeDate } from './support/app';
import { DESKTOP, openBrowser, type BrowserSession } from './support/browser';

/** A project of the reporter's unit that is being built, to raise the problem against. */
async function reporterProject() {
  const api = await apiAs('tongliang-reporter');
  const { me } = await api.query<{ me: { unitId: string; districtIds: string[] } }>('{ me { unitId districtIds } }');
  const { projects } = await api.query<{ projects: { edges: { node: { id: string; name: string } }[] } }>(
    `query ($d: ID!, $u: ID!) { projects(districtId: $d, filter: { leadUnitId: $u, stage: [UNDER_CONSTRUCTION] }, first: 1) {
       edges { node { id name } } } }`,
    { d: me.districtIds[0], u: me.unitId },
  );
  const project = projects.edges[0]?.node;
  if (!project) throw new Error('the demo unit has no project under construction');
  return project;
}

/** The number of overdue problems the district dashboard shows for the current month. */
async function overdueCount(admin: BrowserSession): Promise<number> {
  await open(admin.page, `/dashboard?period=${chinaDay().slice(0, 7)}`);
  return numberIn(await admin.page.getByText(/^逾期未办结问题（\d+ 个）$/).textContent());
}

describe('the problem ledger (问题台账)', () => {
  const sessions: BrowserSession[] = [];
  afterAll(async () => Promise.all(sessions.map((s) => s.close())));

  it('raises a problem on a project, resolves it on the board, and the dashboard follows', async () => {
    const project = await reporterProject();
    const description = '二期厂房用地指标尚未落实，影响开工';
    const admin = await openBrowser(DESKTOP);
    const reporter = await openBrowser(DESKTOP);
    sessions.push(admin, reporter);
    await signIn(admin.page, 'tongliang-admin');
    const overdueBefore = await overdueCount(admin);

    const { page } = reporter;
    await signIn(page, 'tongliang-reporter');
    await open(page, `/projects/${project.id}`);
    await screenshot(page, 'project');
    await page.getByRole('button', { name: /更多操作/ }).click();
    await page.getByRole('menuitem', { name: '提出问题' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, dialog.getByLabel('问题类别'), '土地');
    await dialog.getByLabel('问题描述').fill(description);
    // Raised two days ago and due yesterday: it is overdue from the start.
    await typeDate(dialog.getByLabel('提出日期'), chineseDate(chinaDay(-2)));
    await typeDate(dialog.getByLabel('办结时限'), chineseDate(chinaDay(-1)));
    await dialog.getByRole('button', { name: /^提\s*交$/ }).click();
    await page.getByText('问题已登记').waitFor();

    expect(await overdueCount(admin)).toBe(overdueBefore + 1);

    await open(page, '/problems');
    const openColumn = page.locator('.problem-column-card').filter({ hasText: '待办理' });
    const card = openColumn.locator('.problem-card').filter({ hasText: description });
    await card.getByText('已逾期').waitFor();
    await screenshot(page, 'problems');
    await card.getByRole('button', { name: /^办\s*结$/ }).click();
    const resolve = page.getByRole('dialog');
    await resolve.getByLabel('办理结果').fill('协调自然资源局调剂用地指标，已落实');
    await resolve.getByRole('button', { name: /^提\s*交$/ }).click();
    await page.getByText('问题已办结').waitFor();
    const resolvedColumn = page.locator('.problem-column-card').filter({ hasText: '已办结' });
    await resolvedColumn.locator('.problem-card').filter({ hasText: description }).waitFor();

    expect(await overdueCount(admin)).toBe(overdueBefore);
  });
});
