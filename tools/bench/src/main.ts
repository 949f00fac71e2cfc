import { cpus, totalmem } from 'os';
import { appendBenchmark } from './append.bench';
import { assessmentBenchmark } from './assessment.bench';
import { distributedBenchmark } from './distributed.bench';
import { graphqlBenchmark } from './graphql.bench';
import { rebuildBenchmark } from './rebuild.bench';
import type { Comparison } from './measure';

const only = process.argv.slice(2);
const BENCHMARKS: Record<string, () => Promise<Comparison | Comparison[]>> = {
  append: appendBenchmark,
  rebuild: rebuildBenchmark,
  graphql: graphqlBenchmark,
  assessment: assessmentBenchmark,
  distributed: distributedBenchmark,
};

/** `npm run bench [name…]`: runs the benchmarks and prints a Markdown table for docs/benchmarks.md. */
async function main() {
  const rows: Comparison[] = [];
  for (const [name, run] of Object.entries(BENCHMARKS)) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.error(`running ${name}…`);
    rows.push(...[await run()].flat());
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
