import { DESKTOP, openBrowser, PHONE, type BrowserSession } from './support/browser';
import { baseUrl, screenshot, settled, signIn, titleOf } from './support/app';

/** Each demo role and the page it opens on, with that page's title. */
const HOMES = [
  { username: 'city', path: '/comparison', title: '区县对比', shot: 'comparison' },
  { username: 'tongliang-admin', path: '/dashboard', title: '数据看板', shot: 'dashboard' },
  { username: 'tongliang-reporter', path: '/reporting', title: '月报填报', shot: undefined },
  { username: 'tongliang-leader', path: '/dashboard', title: '数据看板', shot: undefined },
  { username: 'analyst', path: '/assessment', title: '考核排名', shot: 'assessment' },
];

describe('signing in', () => {
  let browser: BrowserSession;
  afterEach(async () => browser?.close());

  it.each(HOMES)('takes $username to its home page, $path', async ({ username, path, title, shot }) => {
    browser = await openBrowser(DESKTOP);
    const { page } = browser;
    await signIn(page, username);
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await titleOf(page, title)).toBe(title);
    if (shot) await screenshot(page, shot, true);
  });

  it.each(HOMES)('opens every page of $username’s menu without an error', async ({ username }) => {
    browser = await openBrowser(DESKTOP);
    const { page } = browser;
    await signIn(page, username);
    // the menu comes with the page frame, once the session is confirmed
    await page.getByRole('menuitem').first().waitFor();
    const pages = await page.getByRole('menuitem').allTextContents();
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const label of pages) {
      // by the entry's own label: 通报 is also part of 市级通报
      await page.getByRole('menuitem').filter({ has: page.getByText(label, { exact: true }) }).click();
      // Each menu entry leads to the page of the same name.
      expect(await titleOf(page, label)).toBe(label);
      await settled(page);
      expect({ label, errors: await page.locator('.ant-alert-error').allTextContents() }).toEqual({
        label,
        errors: [],
      });
    }
  });

  it('says in Chinese when the password is wrong, and stays on the login page', async () => {
    browser = await openBrowser(DESKTOP);
    const { page } = browser;
    await page.goto(`${baseUrl()}/login`);
    await screenshot(page, 'login');
    await page.getByLabel('用户名').fill('tongliang-admin');
    await page.getByLabel('密码').fill('not-the-password-1');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    await page.getByRole('alert').getByText('用户名或密码不正确，请重新输入。').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('sends a visitor without a session to the login page, and back after signing out', async () => {
    browser = await openBrowser(DESKTOP);
    const { page } = browser;
    await page.goto(`${baseUrl()}/problems`);
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn(page, 'tongliang-leader');
    await page.getByRole('button', { name: /当前用户/ }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
  });

  it('switches to English and keeps it after signing in', async () => {
    browser = await openBrowser(DESKTOP);
    const { page } = browser;
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Username').fill('analyst');
    await page.getByLabel('Password').fill('Tuijin@2025');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/assessment');
    expect(await titleOf(page, 'Ranking')).toBe('Ranking');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'assessment-en');
  });

  it('fits a phone: the menu opens from a button', async () => {
    browser = await openBrowser(PHONE);
    const { page } = browser;
    await signIn(page, 'tongliang-admin');
    await screenshot(page, 'dashboard-phone');
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '问题台账' }).click();
    await page.waitForURL((url) => url.pathname === '/problems');
    expect(await titleOf(page, '问题台账')).toBe('问题台账');
  });
});
