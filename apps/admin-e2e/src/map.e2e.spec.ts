import type { Page } from 'playwright-core';
import { apiAs } from './support/api';
import { choose, open, screenshot, settled, settledValue, signIn } from './support/app';
import { DESKTOP, openBrowser, PHONE, type BrowserSession } from './support/browser';

/** Zooms into clusters until single points show; returns how many are in view. */
async function pointsInView(page: Page): Promise<number> {
  for (let tries = 0; tries < 8; tries++) {
    const points = await page.locator('.project-point').count();
    if (points > 0) return points;
    await page.locator('.project-cluster').first().click();
    await page.waitForTimeout(600);
  }
  return page.locator('.project-point').count();
}

describe('the project map (项目一张图)', () => {
  let admin: BrowserSession;
  beforeAll(async () => {
    admin = await openBrowser(DESKTOP);
    await signIn(admin.page, 'tongliang-admin');
  });
  afterAll(async () => admin.close());

  it('draws the district outline and every project by its light, filters to the red ones and opens one from its point', async () => {
    const { page } = admin;
    await open(page, '/map');
    await page.getByTestId('project-map').waitFor();
    await page.locator('.leaflet-overlay-pane path').first().waitFor();
    await page.locator('.project-point, .project-cluster').first().waitFor();
    await expect(page.getByText('铜梁区', { exact: true }).last().isVisible()).resolves.toBe(true);
    await screenshot(page, 'map');

    await choose(page, page.getByLabel('红黄绿灯'), '红灯');
    await page.keyboard.press('Escape');
    await settled(page);
    const red = Number(/红灯 (\d+)/.exec((await page.locator('.map-legend').textContent()) ?? '')?.[1]);
    expect(red).toBeGreaterThan(0);
    const others = await settledValue(
      () => page.locator('.project-point:not(.map-light-RED), .project-cluster:not(.map-light-RED)').count(),
      (count) => count === 0,
    );
    expect(others).toBe(0);
    expect(await page.locator('.map-legend').textContent()).toMatch(/黄灯 0.*绿灯 0/);

    expect(await pointsInView(page)).toBeGreaterThan(0);
    const point = page.locator('.project-point.map-light-RED').first();
    const label = (await point.getAttribute('title')) ?? '';
    const name = label.split(' · ')[0];
    expect(label).toContain('红灯');
    await point.click();
    await page.waitForURL(/\/projects\/[^/]+$/);
    await settled(page);
    await page.getByRole('heading', { name }).waitFor();
    await expect(page.getByText('红灯').first().isVisible()).resolves.toBe(true);
  });

  it('fills in a new project’s coordinates from a click on the district map', async () => {
    const { page } = admin;
    await open(page, '/projects');
    await page.getByRole('button', { name: /登记项目/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /在地图上选点/ }).click();
    const map = dialog.getByTestId('picker-map');
    await map.locator('.leaflet-overlay-pane path').first().waitFor();
    await map.click();
    const longitude = Number(await dialog.getByLabel('经度').inputValue());
    const latitude = Number(await dialog.getByLabel('纬度').inputValue());
    // the middle of 铜梁区's outline
    expect(longitude).toBeGreaterThan(105.7);
    expect(longitude).toBeLessThan(106.3);
    expect(latitude).toBeGreaterThan(29.5);
    expect(latitude).toBeLessThan(30.1);
    await page.keyboard.press('Escape');
  });

  it('works on a phone', async () => {
    const phone = await openBrowser(PHONE);
    try {
      await signIn(phone.page, 'tongliang-leader');
      await open(phone.page, '/map');
      await phone.page.locator('.project-point, .project-cluster').first().waitFor();
      // a leader sees the projects they answer for (those registered by the period's end), and no others
      const api = await apiAs('tongliang-leader');
      const { districts } = await api.query<{ districts: { id: string }[] }>('{ districts { id } }');
      const { projects } = await api.query<{ projects: { edges: { node: { id: string } }[] } }>(
        'query($d: ID!) { projects(districtId: $d, first: 100) { edges { node { id } } } }',
        { d: districts[0].id },
      );
      const own = new Set(projects.edges.map((e) => e.node.id));
      const note = (await phone.page.locator('.map-note').textContent()) ?? '';
      const shown = Number(/显示 (\d+) \/ (\d+)/.exec(note)?.[2]);
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThanOrEqual(own.size);
      await screenshot(phone.page, 'map-phone');
    } finally {
      await phone.close();
    }
  });
});
