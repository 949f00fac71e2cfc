import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { atMost, compare, ratioAtLeast, round, type Comparison } from './measure';

const ROOT = resolve(__dirname, '../../..');
const CONNECTIONS = 16;
/** Many people at once: a bulletin morning, every unit's reporter and leader opening the projects page. */
const MANY_CLIENTS = 100;
const DURATION_S = 10;
/** Runs per figure, alternating with the baseline's, of which the median counts: two shared cores are noisy. */
const ROUNDS = 3;

const PAGE_QUERY = `query Page($d: ID!) { projects(districtId: $d, first: 20) {
  totalCount edges { cursor node { id code name stage totalInvestment completedInvestment leadUnit { code name } } }
  pageInfo { hasNextPage endCursor } } }`;
const MUTATION = `mutation Report($input: SubmitMonthlyReportInput!) {
  submitMonthlyReport(input: $input) { id code monthlyReports { month investment } } }`;

interface Server {
  url: string;
  process: ChildProcess;
}

/** Starts a server in its own process (so it does not share a core with the load generator). */
function startServer(script: string, args: string[], env: Record<string, string>, marker: RegExp): Promise<Server> {
  return new Promise((resolveServer, reject) => {
    // the benchmark's own node flags (those of `npm start`) for both servers
    const child = spawn(process.execPath, [...process.execArgv, script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      const match = marker.exec(output);
      if (!match) return;
      // from then on its log lines (one per request) are read and dropped, as a log collector would take them
      child.stdout?.off('data', listen).resume();
      output = '';
      resolveServer({ url: match[1], process: child });
    };
    child.stdout?.on('data', listen);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
  });
}

/** The demo's district admin of 铜梁区: the benchmark measures requests as a signed-in user makes them. */
const DEMO_ADMIN = { username: 'tongliang-admin', password: 'Tuijin@2025' };

async function post(url: string, query: string, variables: unknown, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Load {
  rps: number;
  p99: number;
  errors: number;
}

async function load(url: string, bodies: () => string, token?: string, connections = CONNECTIONS): Promise<Load> {
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: DURATION_S,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    requests: [{ setupRequest: (request: any) => ({ ...request, body: bodies() }) }],
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Loads ours and the baseline in turn, ROUNDS times each; the median rate and p99 of each, errors summed. */
async function alternating(ours: () => Promise<Load>, baseline: () => Promise<Load>): Promise<[Load, Load]> {
  const runs: [Load[], Load[]] = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    runs[0].push(await ours());
    runs[1].push(await baseline());
  }
  const summary = (loads: Load[]): Load => ({
    rps: median(loads.map((l) => l.rps)),
    p99: median(loads.map((l) => l.p99)),
    errors: loads.reduce((sum, l) => sum + l.errors, 0),
  });
  return [summary(runs[0]), summary(runs[1])];
}

/** The GraphQL project page and a mutation, against a bare @apollo/server serving the same from memory. */
export async function graphqlBenchmark(): Promise<Comparison[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tuijin-bench-api-'));
  const platform = await startServer(
    'apps/platform/src/main.ts',
    [],
    // the demo of calendar year 2025 whatever the day, so runs compare
    { PORT: '0', TUIJIN_DATA_DIR: dataDir, TUIJIN_DEMO: '1', TUIJIN_DEMO_END_MONTH: '2025-12', HOST: '127.0.0.1' },
    /running at (http:\/\/[^/\s]+)\//,
  );
  try {
    const { login } = await post(
      platform.url,
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: DEMO_ADMIN.username, p: DEMO_ADMIN.password },
    );
    const token: string = login.token;
    const { districts } = await post(platform.url, '{ districts { id code } }', {}, token);
    const district = districts.find((d: { code: string }) => d.code === '500151') ?? districts[0];
    const page = (await post(platform.url, PAGE_QUERY, { d: district.id }, token)).projects;
    const pageFile = join(dataDir, 'page.json');
    writeFileSync(pageFile, JSON.stringify(page));
    const bare = await startServer(
      'tools/bench/src/servers/bare-apollo.ts',
      [pageFile],
      {},
      /LISTENING (http:\/\/\S+)/,
    );
    try {
      const pageBody = JSON.stringify({ query: PAGE_QUERY, variables: { d: district.id } });
      const [ourPage, barePage] = await alternating(
        () => load(platform.url, () => pageBody, token),
        () => load(bare.url, () => pageBody),
      );

      const [manyPage, manyBare] = await alternating(
        () => load(platform.url, () => pageBody, token, MANY_CLIENTS),
        () => load(bare.url, () => pageBody, undefined, MANY_CLIENTS),
      );

      const { projects: open } = await post(
        platform.url,
        `query($d: ID!) { projects(districtId: $d, first: 100, filter: { stage: [UNDER_CONSTRUCTION, COMPLETED, OPERATING] }) { edges { node { id } } } }`,
        { d: district.id },
        token,
      );
      const ids: string[] = open.edges.map((e: { node: { id: string } }) => e.node.id);
      const month = new Date().toISOString().slice(0, 7);
      let n = 0;
      const mutationBody = () => {
        n += 1;
        const input = { projectId: ids[n % ids.length], month, investment: n % 500, progressPercent: 50 };
        return JSON.stringify({ query: MUTATION, variables: { input } });
      };
      const [ourMutation, bareMutation] = await alternating(
        () => load(platform.url, mutationBody, token),
        () => load(bare.url, mutationBody),
      );

      const notes = (ours: Load, base: Load) =>
        `${CONNECTIONS} connections, median of ${ROUNDS} runs of ${DURATION_S} s alternating with the baseline; p99 ${ours.p99} ms (baseline ${base.p99} ms); errors ${ours.errors}/${base.errors}`;
      return [
        compare({
          name: 'GraphQL project page (20 rows, 铜梁区 demo data)',
          unit: 'requests/s',
          value: round(ourPage.rps),
          baselineName: 'bare @apollo/server, same page from memory',
          baseline: round(barePage.rps),
          target: ratioAtLeast(ourPage.rps / barePage.rps, 0.69),
          notes: notes(ourPage, barePage),
        }),
        {
          name: `GraphQL project page at ${MANY_CLIENTS} concurrent clients: p99 latency`,
          unit: 'ms',
          value: manyPage.p99,
          baselineName: 'bare @apollo/server, same page from memory, same clients',
          baseline: manyBare.p99,
          ratio: manyPage.p99 / manyBare.p99,
          target: atMost(manyPage.p99, 50, 'ms'),
          notes: `${round(manyPage.rps)} requests/s (baseline ${round(manyBare.rps)}); median of ${ROUNDS} runs of ${DURATION_S} s alternating with the baseline; errors ${manyPage.errors}/${manyBare.errors}`,
        },
        compare({
          name: 'GraphQL mutation submitMonthlyReport (stored, projected, read back)',
          unit: 'requests/s',
          value: round(ourMutation.rps),
          baselineName: 'bare @apollo/server mutation into memory',
          baseline: round(bareMutation.rps),
          target: ratioAtLeast(ourMutation.rps / bareMutation.rps, 0.5),
          notes: notes(ourMutation, bareMutation),
        }),
      ];
    } finally {
      bare.process.kill();
    }
  } finally {
    platform.process.kill();
  }
}
