import type { ChildProcess } from 'child_process';
import { createServer } from 'net';

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Resolves once `url`/health/ready answers 200; fails with the process's output if it exits or takes too long. */
export async function untilReady(
  url: string,
  child: ChildProcess,
  output: () => string,
  { timeoutMs = 120_000, pollMs = 200 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // a process killed by a signal has no exit code, only the signal
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`exited with ${child.exitCode ?? child.signalCode}:\n${output()}`);
    const ready = await fetch(`${url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`not ready in time:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
