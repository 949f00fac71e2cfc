import { execFileSync } from 'child_process';
import { resolve } from 'path';

const ROOT = resolve(__dirname, '../../..');

export interface BenchServers {
  mongoUrl: string;
  kafkaBrokers: string[];
  stop(): void;
}

/** Starts a tools/ server with its script and returns the address it printed (`NAME=value`). */
function start(server: 'mongo' | 'kafka', variable: string): string {
  const output = execFileSync('bash', [resolve(ROOT, `tools/${server}/start.sh`)], { cwd: ROOT, encoding: 'utf8' });
  const line = output.split('\n').find((l) => l.startsWith(`${variable}=`));
  if (!line) throw new Error(`tools/${server}/start.sh printed no ${variable}:\n${output}`);
  return line.slice(variable.length + 1);
}

/**
 * The MongoDB-wire server and the Kafka broker for the distributed benchmarks: those
 * named by MONGO_URL / KAFKA_BROKERS, or local ones started (and later stopped) with
 * the tools/ scripts, as `npm run test:integration` does.
 */
export function benchServers(): BenchServers {
  const started: string[] = [];
  let mongoUrl = process.env['MONGO_URL'];
  if (!mongoUrl) {
    mongoUrl = start('mongo', 'MONGO_URL');
    started.push('mongo');
  }
  let brokers = process.env['KAFKA_BROKERS'];
  if (!brokers) {
    brokers = start('kafka', 'KAFKA_BROKERS');
    started.push('kafka');
  }
  return {
    mongoUrl,
    kafkaBrokers: brokers.split(','),
    stop: () => {
      for (const server of started) execFileSync('bash', [resolve(ROOT, `tools/${server}/stop.sh`)], { cwd: ROOT });
    },
  };
}
