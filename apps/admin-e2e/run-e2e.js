#!/usr/bin/env node
// Builds the admin app, starts the platform with the demo data on a free port and a fresh
// data directory, runs the browser tests against it (serially), then stops the platform.
// Extra arguments go to Jest, e.g. `npm run test:e2e -- -t reporter`.
const { spawn, spawnSync } = require('child_process');
const { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } = require('fs');
const { createServer } = require('net');
const { tmpdir } = require('os');
const { join, resolve } = require('path');

const root = resolve(__dirname, '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitUntilReady(url, platform, log) {
  for (;;) {
    if (platform.exitCode !== null) throw new Error(`the platform exited (${platform.exitCode}):\n${log()}`);
    const ready = await fetch(`${url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync(bin('vite'), ['build', '--config', 'apps/admin/vite.config.mts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'tuijin-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // the platform's log goes to a file: while Jest runs, nothing here would read a pipe, and a full
  // pipe would stop the platform at its next log line
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const logFile = join(root, 'tmp/e2e-platform.log');
  const log = openSync(logFile, 'w');
  const platform = spawn(process.execPath, ['-r', './tools/runtime/register.js', 'apps/platform/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TUIJIN_DATA_DIR: dataDir,
      TUIJIN_DEMO: '1',
      // the demo of calendar year 2025 whatever the day: the tests name its periods, projects and figures
      TUIJIN_DEMO_END_MONTH: '2025-12',
    },
    stdio: ['ignore', log, log],
  });
  // the platform writes its read models' snapshot on the way out: the directory goes once it has exited
  const stop = async () => {
    if (platform.exitCode === null && platform.signalCode === null) {
      const exited = new Promise((done) => platform.once('exit', done));
      platform.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    stop().finally(() => process.exit(130));
  });
  try {
    console.log(`Starting the platform with the demo data at ${url} …`);
    await waitUntilReady(url, platform, () => readFileSync(logFile, 'utf8'));
    const jestArgs = process.argv.slice(2).filter((arg) => arg !== '--no-build');
    const jest = spawnSync(bin('jest'), ['-c', 'jest.e2e.config.js', '--runInBand', ...jestArgs], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TUIJIN_E2E_URL: url },
    });
    process.exitCode = jest.status ?? 1;
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
