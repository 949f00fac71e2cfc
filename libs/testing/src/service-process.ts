import { spawn, type ChildProcess } from 'child_process';
import { resolve } from 'path';
import { untilReady } from './processes';

const ROOT = resolve(__dirname, '../../..');

/**
 * One Tuijin service in its own process, started from its `main.ts` exactly as the
 * container starts it, configured by environment only. It can be stopped politely
 * or killed outright, and started again with the same configuration.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(
    readonly name: string,
    private readonly main: string,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.env['PORT']}`;
  }

  /** Starts the process and resolves once /health/ready answers 200. */
  async start(timeoutMs = 120_000): Promise<this> {
    this.output = '';
    const child = spawn(
      process.execPath,
      ['-r', resolve(ROOT, 'tools/runtime/register.js'), resolve(ROOT, this.main)],
      {
        cwd: ROOT,
        env: { ...process.env, HOST: '127.0.0.1', TUIJIN_LOG_LEVEL: 'info', ...this.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => void (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => void (this.output += chunk.toString()));
    await untilReady(this.url, child, () => this.output, { timeoutMs }).catch((error: Error) => {
      throw new Error(`${this.name} ${error.message}`);
    });
    return this;
  }

  /** SIGKILL: the process gets no chance to finish a batch, commit an offset or leave its group. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGSTOP: the process freezes where it is, as in a long GC pause or a suspended VM; none of its timers or sockets move. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  /** SIGCONT: a paused process runs on from where it stopped. */
  resume(): void {
    this.child?.kill('SIGCONT');
  }

  /** SIGTERM: a graceful shutdown. */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  get log(): string {
    return this.output;
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
