import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { freePort, untilReady } from '@tuijin/testing';

export const ROOT = resolve(__dirname, '../../..');

/** How the platform is started: from the build (`npm start`, the image) or from its sources through SWC on load. */
export const START_COMMANDS = {
  built: ['--max-semi-space-size=64', 'dist/apps/platform/main.js'],
  sources: ['--max-semi-space-size=64', '-r', './tools/runtime/register.js', 'apps/platform/src/main.ts'],
};

/** Builds the platform and the admin app as `npm run build` does (Nx reuses an unchanged build). */
export function buildPlatform(): void {
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=admin,platform', '--outputStyle=static'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false' },
  });
}

export interface RunningPlatform {
  url: string;
  /** From spawning node to the first 200 of /health/ready. */
  readyMs: number;
  /** Resident memory once ready, in MiB. */
  rssMiB: number;
  stop(): Promise<void>;
}

const residentMiB = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
};

/** Starts the platform over a data directory and waits until it is ready. */
export async function startPlatform(how: keyof typeof START_COMMANDS, dataDir: string): Promise<RunningPlatform> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, START_COMMANDS[how], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', TUIJIN_DATA_DIR: dataDir, TUIJIN_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await untilReady(url, child, () => `the platform (${how})`, { pollMs: 20 });
  const readyMs = performance.now() - started;
  return {
    url,
    readyMs,
    rssMiB: residentMiB(child.pid as number),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
