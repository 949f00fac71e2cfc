import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';

/** Saves what a click downloads and returns its name and bytes. */
export async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'tuijin-download-')), 'file');
  await download.saveAs(file);
  return { name: download.suggestedFilename(), body: readFileSync(file) };
}
