import { open, screenshot, settled, signIn } from './support/app';
import { DESKTOP, openBrowser, type BrowserSession } from './support/browser';

describe('open data (开放数据)', () => {
  let analyst: BrowserSession;
  beforeAll(async () => {
    analyst = await openBrowser(DESKTOP);
    await signIn(analyst.page, 'analyst');
  });
  afterAll(async () => analyst.close());

  it('lists the package’s projects and leads from each to its history', async () => {
    const { page } = analyst;
    await open(page, '/open-data');
    const first = page.locator('tbody tr.ant-table-row').first();
    await first.waitFor();
    expect(await first.locator('td').first().textContent()).toMatch(/^oc4ids-[a-z0-9]{6}-/);
    // an analyst downloads but does not publish
    expect(await page.getByRole('button', { name: '公开数据包' }).count()).toBe(0);
    await screenshot(page, 'open-data');
    const title = (await first.locator('td').nth(1).textContent()) ?? '';
    await first.getByRole('link').click();
    await page.waitForURL(/\/projects\/[^/]+\?tab=history$/);
    await settled(page);
    await page.getByRole('heading', { name: title }).waitFor();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('全部记录');
  });
});
