import { copyFileSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { LOG_FILE } from '@tuijin/event-store-sqlite';
import { buildPlatform, median, startPlatform, type RunningPlatform } from './built-platform';
import { demoLog } from './demo-log';
import { atMost, round, type Comparison } from './measure';

const RUNS = 3;
/** Demo scale 200 gives about 1.09 million events, a large city's decade. */
const SCALE = 200;
const READ_MODELS_FILE = 'read-models.sqlite';

/** Until the platform answers a GraphQL request, not merely its readiness probe. */
async function answering(platform: RunningPlatform, started: number): Promise<number> {
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  if (!response.ok) throw new Error(`GraphQL answered ${response.status}`);
  return performance.now() - started;
}

/**
 * The built platform started on the scale-200 demo log with the read models the previous run
 * left in their file, beside the same start building them from the whole log (the file
 * removed first). Runs alternate, so both see the same machine.
 */
export async function startupBenchmark(): Promise<Comparison[]> {
  buildPlatform();
  const dataDir = mkdtempSync(join(tmpdir(), 'tuijin-bench-startup-'));
  copyFileSync(await demoLog(SCALE), join(dataDir, LOG_FILE));
  const runs = { stored: [] as { ms: number; mib: number }[], replay: [] as { ms: number; mib: number }[] };
  for (let i = 0; i < RUNS; i++) {
    for (const how of ['replay', 'stored'] as const) {
      if (how === 'replay')
        for (const suffix of ['', '-wal', '-shm'])
          rmSync(join(dataDir, `${READ_MODELS_FILE}${suffix}`), { force: true });
      const started = performance.now();
      const platform = await startPlatform('built', dataDir);
      runs[how].push({ ms: await answering(platform, started), mib: platform.rssMiB });
      await platform.stop();
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  const notes = `demo data at scale ${SCALE}; median of ${RUNS} starts each, alternating; lower is better (ratio = with the stored read models / building them from the log)`;
  const row = (name: string, unit: string, key: 'ms' | 'mib', target: (value: number) => string): Comparison => {
    const [stored, replay] = [runs.stored, runs.replay].map((of) => median(of.map((r) => r[key])));
    const baselineName = 'the same start building the read models from the whole log';
    return {
      name,
      unit,
      value: round(stored),
      baselineName,
      baseline: round(replay),
      ratio: stored / replay,
      target: target(stored),
      notes,
    };
  };
  return [
    row('Platform start-up on a 1M-event log until GraphQL answers (built)', 'ms', 'ms', (ms) =>
      atMost(ms / 1000, 3, 's'),
    ),
    row('Platform resident memory once started on that log (built)', 'MiB', 'mib', (mib) => atMost(mib, 600, 'MiB')),
  ];
}
