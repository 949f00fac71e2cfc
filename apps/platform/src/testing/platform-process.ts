import { spawn, type ChildProcess } from 'child_process';
import { resolve } from 'path';
import { freePort, untilReady } from '@tuijin/testing';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

/** Runs the platform from its TypeScript sources, as `npm run` scripts do in development. */
export const FROM_SOURCES = [
  '-r',
  resolve(WORKSPACE_ROOT, 'tools/runtime/register.js'),
  resolve(WORKSPACE_ROOT, 'apps/platform/src/main.ts'),
];

/**
 * The platform in a process of its own, started as an operator starts it and
 * configured by the environment only; its output is kept for the test to read.
 */
export class PlatformProcess {
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  static async start(
    args: string[],
    env: Record<string, string>,
    { cwd = WORKSPACE_ROOT, node = process.execPath, timeoutMs = 120_000 } = {},
  ): Promise<PlatformProcess> {
    const port = await freePort();
    const child = spawn(node, args, {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const platform = new PlatformProcess(child, `http://127.0.0.1:${port}`);
    await untilReady(platform.url, child, () => platform.output, { timeoutMs });
    return platform;
  }

  /** Everything it wrote to stdout and stderr so far. */
  get log(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    await exited;
  }
}
