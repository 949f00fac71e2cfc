import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { apiAs } from './support/api';
import { open, screenshot, screenshotOf, settled, signIn } from './support/app';
import { DESKTOP, openBrowser, PHONE, type BrowserSession } from './support/browser';
import { downloadOf } from './support/download';

interface Published {
  id: string;
  kind: string;
  period: string;
  number: number;
  knownAt: string;
  digest: string;
}

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tuijin-pdf-')), 'b.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The district admin's API, district and latest published bulletin. */
async function latestPublished() {
  const api = await apiAs('tongliang-admin');
  const { me } = await api.query<{ me: { districtIds: string[] } }>('{ me { districtIds } }');
  const districtId = me.districtIds[0];
  const { bulletinBook } = await api.query<{ bulletinBook: { published: Published[] } }>(
    'query ($d: ID!) { bulletinBook(districtId: $d) { published { id kind period number knownAt digest } } }',
    { d: districtId },
  );
  return { api, districtId, published: bulletinBook.published[0] };
}

describe('bulletins (通报)', () => {
  const sessions: BrowserSession[] = [];
  afterAll(async () => Promise.all(sessions.map((s) => s.close())));

  it('lets a district admin preview, publish and download the monthly bulletin, matching the assessment', async () => {
    const browser = await openBrowser(DESKTOP);
    sessions.push(browser);
    const { page } = browser;
    await signIn(page, 'tongliang-admin');
    await page.getByRole('menuitem', { name: '通报' }).click();
    await page.locator('.bulletin-document h1').filter({ hasText: '预览稿' }).waitFor();
    await settled(page);
    const previewRanking = await page
      .locator('.bulletin-preview section')
      .filter({ hasText: '三、责任单位考核排名' })
      .locator('tbody tr td:nth-child(2)')
      .allTextContents();
    expect(previewRanking.length).toBeGreaterThan(3);
    await screenshot(page, 'bulletin-preview');

    await page.getByRole('button', { name: /发布本期通报|发布更正版/ }).click();
    const dialog = page.getByRole('dialog');
    if (await dialog.getByLabel('更正说明（将印在通报上）').isVisible()) {
      await dialog.getByLabel('更正说明（将印在通报上）').fill('浏览器测试重发');
    }
    await dialog.getByRole('button', { name: '确定发布' }).click();
    await page.getByText(/已发布第 \d+ 期通报/).waitFor();

    const { api, districtId, published } = await latestPublished();
    expect(published.kind).toBe('MONTH');
    const { assessment } = await api.query<{
      assessment: {
        units: { rank: number | null; score: number; unit: { name: string } }[];
        reverseRanking: { unit: { name: string } }[];
        projects: { light: string | null; project: { code: string } }[];
      };
    }>(
      `query ($d: ID!, $p: String!, $k: DateTime) { assessment(districtId: $d, period: $p, knownAt: $k) {
         units { rank score unit { name } } reverseRanking { unit { name } } projects { light project { code } } } }`,
      { d: districtId, p: published.period, k: published.knownAt },
    );
    const ranked = assessment.units.filter((u) => u.rank !== null);
    expect(previewRanking).toEqual(ranked.map((u) => u.unit.name));

    const row = page
      .locator('.published-bulletins tbody tr')
      .filter({ hasText: `第${published.number}期` })
      .first();
    const pdf = await downloadOf(page, () => row.getByRole('button', { name: 'PDF' }).click());
    expect(pdf.name).toBe(
      `铜梁区重点项目通报-${Number(published.period.slice(0, 4))}年${Number(published.period.slice(5, 7))}月-第${published.number}期.pdf`,
    );
    const text = pdfText(pdf.body);
    expect(text).toContain(`铜梁区重点项目推进情况通报（${published.period.slice(0, 4)}年第${published.number}期）`);
    const rankingText = text.slice(text.indexOf('三、责任单位考核排名'), text.indexOf('末位单位'));
    const at = ranked.map((u) => rankingText.indexOf(u.unit.name));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain(`本期排名末位的单位为：${assessment.reverseRanking.map((u) => u.unit.name).join('、')}`);
    for (const p of assessment.projects.filter((p) => p.light === 'RED')) expect(text).toContain(p.project.code);

    const xlsx = await downloadOf(page, () => row.getByRole('button', { name: 'Excel' }).click());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('考核排名')!;
    const rows = ranked.map((_, i) => sheet.getRow(i + 2));
    expect(rows.map((r) => [r.getCell(2).value, r.getCell(9).value])).toEqual(
      ranked.map((u) => [u.unit.name, u.score]),
    );
  });

  it('prints the bulletin alone on A4 pages, without the app around it', async () => {
    const browser = await openBrowser(DESKTOP);
    sessions.push(browser);
    const { page } = browser;
    await signIn(page, 'tongliang-admin');
    const { districtId, published } = await latestPublished();
    const edition = published.id.split('/').pop();
    await open(page, `/print/bulletin?district=${districtId}&kind=MONTH&period=${published.period}&edition=${edition}`);
    await page
      .locator('.bulletin-document h1')
      .filter({ hasText: `第${published.number}期` })
      .waitFor();
    expect(await page.locator('.app-header').count()).toBe(0);
    await screenshot(page, 'bulletin-print');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.pdf({ format: 'A4', printBackground: true });
    const text = pdfText(printed);
    expect(text).toContain(`铜梁区重点项目推进情况通报（${published.period.slice(0, 4)}年第${published.number}期）`);
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);
    expect(text).not.toContain('打印');
    expect(text).not.toContain('tongliang-admin');
  });

  it('lets the city admin download the city bulletin, its districts in the order the page ranks them', async () => {
    const browser = await openBrowser(DESKTOP);
    sessions.push(browser);
    const { page } = browser;
    await signIn(page, 'city');
    await page.getByRole('menuitem', { name: '市级通报' }).click();
    // the home page (the district comparison) has a table like it: wait for the bulletin's own downloads first
    await page.getByRole('button', { name: 'PDF' }).waitFor();
    const names = page.locator('.ant-card .ant-table tbody tr.ant-table-row td:nth-child(2)');
    await names.first().waitFor();
    await settled(page);
    const ranked = await names.allTextContents();
    expect(ranked.length).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'city-bulletin');
    const pdf = await downloadOf(page, () => page.getByRole('button', { name: 'PDF' }).click());
    expect(pdf.name).toMatch(/^全市重点项目通报-\d{4}年(\d{1,2}月|第.季度|度)-.+预览\.pdf$/);
    const text = pdfText(pdf.body);
    expect(text).toContain('全市重点项目推进情况通报');
    const at = ranked.map((name) => text.indexOf(name, text.indexOf('二、各区县推进情况排名')));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const xlsx = await downloadOf(page, () => page.getByRole('button', { name: 'Excel' }).click());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('区县排名')!;
    expect(ranked.map((_, i) => sheet.getRow(i + 2).getCell(2).value)).toEqual(ranked);
  });

  it('shows what changed since publication, with who recorded it', async () => {
    const { api, districtId, published } = await latestPublished();
    // a red-light project of the period gets its month's report corrected after publication
    const { bulletin } = await api.query<{ bulletin: { lights: { red: { project: { code: string } }[] } } }>(
      'query ($d: ID!, $p: String!) { bulletin(districtId: $d, kind: MONTH, period: $p) { lights { red { project { code } } } } }',
      { d: districtId, p: published.period },
    );
    const code = bulletin.lights.red[0].project.code;
    const { projects } = await api.query<{ projects: { edges: { node: { id: string } }[] } }>(
      'query ($d: ID!, $t: String!) { projects(districtId: $d, filter: { text: $t }, first: 1) { edges { node { id } } } }',
      { d: districtId, t: code },
    );
    await api.query('mutation ($i: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $i) { id } }', {
      i: {
        projectId: projects.edges[0].node.id,
        month: published.period,
        investment: 88888,
        progressPercent: 70,
        note: '更正',
      },
    });

    const browser = await openBrowser(DESKTOP);
    sessions.push(browser);
    const { page } = browser;
    await signIn(page, 'tongliang-admin');
    await open(page, '/bulletins');
    const row = page
      .locator('.published-bulletins tbody tr')
      .filter({ hasText: `第${published.number}期` })
      .first();
    await row.getByRole('button', { name: '查看变化' }).click();
    await page.getByText(/按发布时刻重算，内容与发布时一致/).waitFor();
    const cause = page.locator('.bulletin-cause').filter({ hasText: code }).first();
    await cause.waitFor();
    expect(await cause.textContent()).toContain('tongliang-admin');
    expect(await cause.textContent()).toContain('88,888');
    await settled(page);
    await screenshotOf(
      page.locator('.ant-card').filter({ has: page.locator('.published-bulletins') }),
      'bulletin-changes',
    );
  });

  it('shows a reporter every month they still owe, and the reporting status of their unit', async () => {
    const api = await apiAs('tongliang-reporter');
    const { me } = await api.query<{ me: { districtIds: string[] } }>('{ me { districtIds } }');
    const { owedReports } = await api.query<{ owedReports: { code: string; month: string }[] }>(
      'query ($d: ID!) { owedReports(districtId: $d) { code month } }',
      { d: me.districtIds[0] },
    );
    const browser = await openBrowser(PHONE);
    sessions.push(browser);
    const { page } = browser;
    await signIn(page, 'tongliang-reporter');
    await open(page, '/reporting-status');
    const card = page.locator('.owed-reports');
    await card.waitFor();
    await settled(page);
    if (owedReports.length === 0) await card.getByText('本单位没有欠报的月报').waitFor();
    else {
      // one line a month, naming every project that owes it
      expect(await card.locator('.ant-list-item').count()).toBe(new Set(owedReports.map((r) => r.month)).size);
      for (const owed of owedReports) expect(await card.textContent()).toContain(owed.code);
    }
    expect(await page.locator('.reporting-grid tbody tr.ant-table-row').count()).toBe(1);
    await screenshot(page, 'reporting-status-phone', true);
  });
});
