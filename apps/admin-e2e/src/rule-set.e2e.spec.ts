import { choose, numberIn, open, screenshot, signIn, typeDate } from './support/app';
import { DESKTOP, openBrowser, type BrowserSession } from './support/browser';
import type { Locator, Page } from 'playwright-core';

/** The first rows of a ranking table: unit and score as shown, found by their column titles. */
async function topOfRanking(table: Locator, rows = 3) {
  const headers = await table.locator('thead th').allTextContents();
  const unitColumn = headers.indexOf('责任单位');
  const scoreColumn = headers.indexOf('得分');
  const result: { unit: string; score: string }[] = [];
  const body = table.locator('tbody tr.ant-table-row');
  for (let i = 0; i < rows; i += 1) {
    const cells = body.nth(i).getByRole('cell');
    result.push({
      unit: (await cells.nth(unitColumn).textContent()) ?? '',
      score: (await cells.nth(scoreColumn).textContent()) ?? '',
    });
  }
  return result;
}

const rankingOn = (page: Page) =>
  page.locator('.ant-card').filter({ hasText: '单位排名与得分明细' }).locator('.ant-table');

describe('assessment rules (考核规则)', () => {
  let admin: BrowserSession;
  beforeAll(async () => {
    admin = await openBrowser(DESKTOP);
    await signIn(admin.page, 'tongliang-admin');
  });
  afterAll(async () => admin.close());

  it('publishes a new version only after previewing it, and the ranking then uses it', async () => {
    const { page } = admin;
    const period = '2025-12';
    await open(page, `/assessment?period=${period}`);
    const before = await topOfRanking(rankingOn(page));

    await open(page, '/rule-sets');
    const version = numberIn(await page.getByText(/^起草第 \d+ 版规则$/).textContent());
    const publish = page.getByRole('button', { name: /^发\s*布$/ });
    expect(await publish.isDisabled()).toBe(true);

    // Reporting on time counts for more, investment for less; back-dated to cover December.
    await page.getByLabel('投资完成', { exact: true }).fill('30');
    await page.getByLabel('按时填报', { exact: true }).fill('25');
    await page.getByText(/^100$/).waitFor();
    await typeDate(page.getByLabel('生效日期'), '2025年12月1日');
    await choose(page, page.getByLabel('预览的考核期'), '2025年12月');
    await page.getByRole('button', { name: /^预览排名$/ }).click();
    const preview = page.locator('.preview .ant-table');
    await preview.locator('tbody tr.ant-table-row').first().waitFor();
    const previewed = await topOfRanking(preview);
    expect(previewed).not.toEqual(before);
    await screenshot(page, 'rule-set-preview', true);

    expect(await publish.isDisabled()).toBe(false);
    await publish.click();
    const confirm = page.getByRole('dialog').filter({ hasText: `确定发布第 ${version} 版考核规则吗？` });
    await confirm.getByRole('button', { name: /^确定发布$/ }).click();
    await page.getByText(`第 ${version} 版考核规则已发布`).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: `第 ${version} 版` })
      .getByText('现行')
      .waitFor();

    await open(page, `/assessment?period=${period}`);
    await page.getByText(`按第 ${version} 版考核规则计算`).waitFor();
    expect(await topOfRanking(rankingOn(page))).toEqual(previewed);

    await open(page, `/dashboard?period=${period}`);
    await page.getByText(`按第 ${version} 版考核规则计算`).waitFor();
  });

  it('does not preview or publish weights that do not add up to 100', async () => {
    const { page } = admin;
    await open(page, '/rule-sets');
    await page.getByLabel('投资完成', { exact: true }).fill('50');
    await page.getByText(/^\d+ · 须为 100$/).waitFor();
    await page.getByRole('button', { name: /^预览排名$/ }).click();
    await page.getByRole('alert').getByText('各项权重之和须为 100，请调整后再预览。').waitFor();
    expect(await page.locator('.preview').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^发\s*布$/ }).isDisabled()).toBe(true);
  });
});
