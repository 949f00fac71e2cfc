import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildPlatform, median, startPlatform } from './built-platform';
import { round, type Comparison } from './measure';

const RUNS = 5;

/**
 * Start-up of the built platform beside the same sources run through the runtime
 * transpiler (how the platform was started before it had a build), over the same
 * demo data: time until ready (the whole log replayed into the read models) and
 * resident memory then. Runs alternate, so both see the same machine.
 */
export async function startupBenchmark(): Promise<Comparison[]> {
  buildPlatform();
  const dataDir = mkdtempSync(join(tmpdir(), 'tuijin-bench-startup-'));
  // the first start seeds the demo data; it is not measured
  await (await startPlatform('built', dataDir)).stop();
  const runs = { built: [] as { ms: number; mib: number }[], sources: [] as { ms: number; mib: number }[] };
  for (let i = 0; i < RUNS; i++) {
    for (const how of ['sources', 'built'] as const) {
      const platform = await startPlatform(how, dataDir);
      runs[how].push({ ms: platform.readyMs, mib: platform.rssMiB });
      await platform.stop();
    }
  }
  const notes = `demo data; median of ${RUNS} starts each, alternating; lower is better (ratio = built / transpiled)`;
  const row = (name: string, unit: string, key: 'ms' | 'mib'): Comparison => {
    const [built, sources] = [runs.built, runs.sources].map((of) => median(of.map((r) => r[key])));
    const baselineName = 'the same sources run through @swc-node/register';
    return { name, unit, value: round(built), baselineName, baseline: round(sources), ratio: built / sources, notes };
  };
  return [
    row('Platform start-up until ready (built)', 'ms', 'ms'),
    row('Platform resident memory once ready (built)', 'MiB', 'mib'),
  ];
}
