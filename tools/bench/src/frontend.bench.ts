import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import type { Server } from 'http';
import { tmpdir } from 'os';
import { join } from 'path';
import express from 'express';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '@tuijin/testing';
import { buildPlatform, median, ROOT, startPlatform } from './built-platform';
import { atMost, round, type Comparison } from './measure';

/** A township office's line: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
const SLOW_LINE = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const RUNS = 3;
const ONE_PIECE_DIR = join(ROOT, 'tmp/bench/admin-one-piece');

/**
 * The baseline as the platform served the app before: one script with every page,
 * sent uncompressed, the API's answers too. It serves the one-piece build and passes
 * /graphql on to the same platform, asking it for no compression.
 */
async function uncompressedOnePiece(platformUrl: string): Promise<{ url: string; server: Server }> {
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'tools/bench/src/admin-one-piece.vite.config.mts', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const app = express();
  app.post('/graphql', express.raw({ type: '*/*' }), async (req, res) => {
    const answer = await fetch(`${platformUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'identity',
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      },
      body: req.body as Buffer,
    });
    res
      .status(answer.status)
      .type('json')
      .send(Buffer.from(await answer.arrayBuffer()));
  });
  app.use(express.static(ONE_PIECE_DIR, { index: false }));
  app.get(/.*/, (_req, res) => res.sendFile(join(ONE_PIECE_DIR, 'index.html')));
  const port = await freePort();
  const server = await new Promise<Server>((done) => {
    const listening = app.listen(port, '127.0.0.1', () => done(listening));
  });
  return { url: `http://127.0.0.1:${port}`, server };
}

interface Visit {
  loginMs: number;
  dashboardMs: number;
  /** Bytes that crossed the line, as encoded (compressed) on the wire. */
  bytes: number;
}

/** A new user on a slow line: opens the login page, signs in as a district admin and waits for the dashboard. */
async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINE);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
  let started = performance.now();
  await page.goto(`${url}/login`, { waitUntil: 'commit' });
  const signIn = page.getByRole('button', { name: /^登\s*录$/ });
  await signIn.waitFor({ state: 'visible' });
  const loginMs = performance.now() - started;
  await page.getByLabel('用户名').fill('tongliang-admin');
  await page.getByLabel('密码').fill('Tuijin@2025');
  started = performance.now();
  await signIn.click();
  await page.locator('.page-title', { hasText: '数据看板' }).waitFor();
  // the dashboard is there once its figures have arrived: no spinner left
  await page.waitForLoadState('networkidle');
  const spinning = page.locator('.ant-spin-spinning');
  while ((await spinning.count()) > 0) await spinning.first().waitFor({ state: 'detached' });
  const dashboardMs = performance.now() - started;
  await context.close();
  return { loginMs, dashboardMs, bytes };
}

/** The login page and the dashboard on a 3G-class line, split and compressed beside one uncompressed piece. */
export async function frontendBenchmark(): Promise<Comparison[]> {
  buildPlatform();
  const dataDir = mkdtempSync(join(tmpdir(), 'tuijin-bench-frontend-'));
  const platform = await startPlatform('built', dataDir);
  const baseline = await uncompressedOnePiece(platform.url);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
    ],
  });
  const visits = { tuijin: [] as Visit[], baseline: [] as Visit[] };
  try {
    for (let i = 0; i < RUNS; i++) {
      visits.baseline.push(await visit(browser, baseline.url));
      visits.tuijin.push(await visit(browser, platform.url));
    }
  } finally {
    await browser.close();
    baseline.server.close();
    await platform.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const line = '1.6 Mbit/s down, 750 kbit/s up, 150 ms latency (Chromium network emulation)';
  const notes = `${line}; empty cache; median of ${RUNS} visits each, alternating; lower is better (ratio = Tuijin / baseline)`;
  const row = (name: string, key: keyof Visit, rowNotes: string, limitSeconds?: number): Comparison => {
    const [tuijin, before] = [visits.tuijin, visits.baseline].map((of) => median(of.map((v) => v[key])));
    // milliseconds to seconds, bytes to kB
    const [value, baseline] = [tuijin / 1000, before / 1000];
    const digits = key === 'bytes' ? 0 : 2;
    return {
      name,
      unit: key === 'bytes' ? 'kB' : 's',
      value: round(value, digits),
      baselineName: 'the same app in one uncompressed script',
      baseline: round(baseline, digits),
      ratio: tuijin / before,
      target: limitSeconds === undefined ? undefined : atMost(value, limitSeconds, 's'),
      notes: rowNotes,
    };
  };
  return [
    row('Login page usable on a 3G-class line', 'loginMs', notes, 3),
    row(
      'Dashboard after signing in (district admin, 铜梁区 demo data)',
      'dashboardMs',
      `${notes}; from the click on 登录 until the figures are shown`,
      5,
    ),
    row(
      'Bytes over the line for login and dashboard',
      'bytes',
      'encoded (compressed) sizes as Chromium received them; lower is better',
    ),
  ];
}
