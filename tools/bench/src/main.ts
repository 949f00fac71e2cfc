import { spawn } from 'child_process';
import { cpus, totalmem } from 'os';
import type { Comparison } from './measure';

const ISOLATED = '--isolated';
/** Loaded only in the process that runs them: another benchmark's modules (drivers, clients) would weigh on its heap. */
const BENCHMARKS: Record<string, () => Promise<Comparison | Comparison[]>> = {
  append: async () => (await import('./append.bench')).appendBenchmark(),
  rebuild: async () => (await import('./rebuild.bench')).rebuildBenchmark(),
  graphql: async () => (await import('./graphql.bench')).graphqlBenchmark(),
  assessment: async () => (await import('./assessment.bench')).assessmentBenchmark(),
  distributed: async () => (await import('./distributed.bench')).distributedBenchmark(),
  'open-data': async () => (await import('./open-data.bench')).openDataBenchmark(),
  bulletin: async () => (await import('./bulletin.bench')).bulletinBenchmark(),
  export: async () => (await import('./export.bench')).exportBenchmark(),
  ledger: async () => (await import('./ledger.bench')).ledgerBenchmark(),
  startup: async () => (await import('./startup.bench')).startupBenchmark(),
  frontend: async () => (await import('./frontend.bench')).frontendBenchmark(),
};

/** Runs one benchmark in a process of its own (same node flags), so none measures another's leftover heap. */
function runIsolated(name: string): Promise<Comparison[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, ISOLATED, name], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(output) as Comparison[])
        : reject(new Error(`benchmark ${name} failed (${code})`)),
    );
  });
}

/** `npm run bench [name…]`: runs the benchmarks and prints a Markdown table for docs/benchmarks.md. */
async function main() {
  const [flag, isolated] = process.argv.slice(2);
  if (flag === ISOLATED) {
    process.stdout.write(JSON.stringify([await BENCHMARKS[isolated]()].flat()));
    return;
  }
  const only = process.argv.slice(2);
  const rows: Comparison[] = [];
  for (const name of Object.keys(BENCHMARKS)) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.error(`running ${name}…`);
    rows.push(...(await runIsolated(name)));
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
  console.log(`Machine: ${machine}; date: ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| benchmark | Tuijin | baseline | ratio | target | notes |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.value.toLocaleString('en')} ${r.unit} | ${r.baseline.toLocaleString('en')} ${r.unit} (${r.baselineName}) | ${r.ratio.toFixed(2)}× | ${r.target ?? ''} | ${r.notes ?? ''} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
