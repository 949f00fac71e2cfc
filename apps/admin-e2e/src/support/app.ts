import { mkdirSync } from 'fs';
import { join, resolve } from 'path';
import type { Locator, Page } from 'playwright-core';

/** Where run-e2e.js started the platform. */
export function baseUrl(): string {
  const url = process.env['TUIJIN_E2E_URL'];
  if (!url) throw new Error('TUIJIN_E2E_URL is not set: run the browser tests with `npm run test:e2e`');
  return url;
}

/** The password of every demo account (demo data only). */
export const DEMO_PASSWORD = 'Tuijin@2025';

const SCREENSHOTS = resolve(__dirname, '../../../../docs/screenshots');

/**
 * Waits until no antd spinner is spinning: every request the page made has answered.
 * (Locators rather than a page function: the platform's CSP forbids evaluating strings.)
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const spinning = page.locator('.ant-spin-spinning');
  while ((await spinning.count()) > 0) await spinning.first().waitFor({ state: 'detached' });
}

/**
 * Reads until the value is as expected or the time is up, and returns the last reading:
 * the page may show the previous rows for a moment after a change of its address.
 */
export async function settledValue<T>(
  read: () => Promise<T>,
  expected: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!expected(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

export async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await settled(page);
}

/** Signs in through the login page and waits for the role's home page. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  // the frame of the signed-in app (header, menu) loads after sign-in
  await page.locator('.app-header').waitFor();
  await settled(page);
}

/** The page's main heading (h3 in the page header). */
export const heading = (page: Page): Locator => page.locator('.page-title');

/**
 * Waits for the page titled so and returns its title. Navigation keeps the old page on
 * screen while the next one loads, so the URL alone does not say the page is there.
 */
export async function titleOf(page: Page, expected: string): Promise<string | null> {
  await heading(page).filter({ hasText: expected }).waitFor();
  return heading(page).textContent();
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settled(page);
  // Charts animate in (about a second); a screenshot taken mid-animation would show half-drawn bars.
  await page.waitForTimeout(1200);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** A screenshot of one part of the page (a card, a table). */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await part.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The number in a displayed amount or count: "2,058,252 万元" → 2058252. */
export function numberIn(text: string | null): number {
  const match = /-?[\d,]+(\.\d+)?/.exec(text ?? '');
  if (!match) throw new Error(`no number in "${text}"`);
  return Number(match[0].replace(/,/g, ''));
}

/**
 * Chooses an option of an antd Select. Long lists are searchable and only draw the options
 * in view, so the option is typed first where the select accepts typing.
 */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  if (await select.isEditable()) await select.fill(option);
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  // a single choice's list closes with an animation, covering the fields below it until it has
  const multiple = await select.evaluate((element) => element.closest('.ant-select-multiple') !== null);
  if (!multiple) await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/**
 * Types a date into an antd DatePicker as a person would ("2025年10月", "2025年12月1日"), and
 * waits for its panel to close. Under load the panel, still opening, can take back what was
 * typed; a person would see the field empty and type again, and so does this, twice at most.
 * A picker left open covers the fields and buttons below it.
 */
export async function typeDate(picker: Locator, text: string): Promise<void> {
  const panel = picker.page().locator('.ant-picker-dropdown:visible');
  for (let attempt = 0; attempt < 3; attempt++) {
    await picker.click();
    await picker.fill(text);
    await picker.press('Enter');
    if ((await picker.inputValue()) === text) break;
  }
  if ((await picker.inputValue()) !== text) throw new Error(`the date picker did not take “${text}”`);
  await panel.waitFor({ state: 'hidden' });
}

/** Today in China, YYYY-MM-DD, shifted by whole days. */
export function chinaDay(offsetDays = 0): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(day);
}

/** A business date as the Chinese interface writes it: 2025-03-05 → 2025年3月5日. */
export const chineseDate = (day: string): string =>
  `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

export const chineseMonth = (month: string): string => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
