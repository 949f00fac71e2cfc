import { copyFileSync, mkdtempSync } from 'fs';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import express from 'express';
import { CommandDispatcher, districtIdFor } from '@tuijin/application';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';
import { openDataRouter, type ApiRuntime } from '@tuijin/graphql-api';
import { ReadModelQueries } from '@tuijin/read-models';
import { rebuiltViews } from './embedded-views';
import { demoLog } from './demo-log';
import { compare, round, type Comparison } from './measure';

/** At demo scale 33, 铜梁区 has about 5,100 projects. */
const SCALE = 33;
const DISTRICT_CODE = '500151';
const ROUNDS = 3;
const MB = 2 ** 20;

interface Run {
  seconds: number;
  bytes: number;
  /** Peak resident memory above what the process held before, while the run lasted. */
  growthMb: number;
  /** The same for the JavaScript heap in use. */
  heapGrowthMb: number;
}

setFlagsFromString('--expose_gc');
/** A full collection before each run, so that its growth is measured from what the process really holds. */
const collectGarbage = runInNewContext('gc') as () => void;

/** Samples resident memory every few milliseconds while `body` runs. */
async function measured(body: () => Promise<number>): Promise<Run> {
  collectGarbage();
  const before = process.memoryUsage();
  let peak = before.rss;
  let heapPeak = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peak = Math.max(peak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
  };
  const sampler = setInterval(sample, 5);
  const started = performance.now();
  const bytes = await body();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  sample();
  return { seconds, bytes, growthMb: (peak - before.rss) / MB, heapGrowthMb: (heapPeak - before.heapUsed) / MB };
}

/** Reads a response to its end as a client on the network would, keeping nothing but the count. */
async function download(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
  return bytes;
}

const median = (runs: Run[], key: keyof Run) =>
  [...runs].sort((a, b) => a[key] - b[key])[Math.floor(runs.length / 2)][key];

/**
 * A 5,000-project district's OC4IDS package, streamed from the public address by the
 * platform's own route, beside JSON.stringify of the same projects' read-model documents.
 */
export async function openDataBenchmark(): Promise<Comparison[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'tuijin-bench-oc4ids-')), 'events.sqlite');
  copyFileSync(await demoLog(SCALE), file);
  const store = new SqliteEventStore(file);
  const districtId = districtIdFor(DISTRICT_CODE);
  await new CommandDispatcher(store).handle({
    type: 'PublishOpenData',
    data: { districtId },
    metadata: { actor: { userId: 'bench', role: 'SYSTEM' }, today: '2026-01-31' },
  });
  const views = await rebuiltViews(store);
  const queries = new ReadModelQueries(views, store);
  const ids = await queries.projectIds(districtId, {});

  // the public route needs the read models and the prefix; nothing it serves calls for a login
  const runtime = {
    queries,
    publishing: { oc4idsPrefix: 'oc4ids-tuijin' },
    security: { tokenSecret: 'bench-secret-bench-secret-bench-secret', tokenTtlSeconds: 60, corsOrigins: [] },
  } as unknown as ApiRuntime;
  const app = express().use(openDataRouter(runtime));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/open-data/${DISTRICT_CODE}/oc4ids.json`;

  const ours: Run[] = [];
  const baseline: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(await measured(() => download(url)));
    baseline.push(
      await measured(async () => {
        const documents = await Promise.all(ids.map((id) => Promise.all([queries.project(id), queries.history(id)])));
        return Buffer.byteLength(JSON.stringify(documents));
      }),
    );
  }
  server.close();
  await store.close();

  const seconds = median(ours, 'seconds');
  const growth = median(ours, 'growthMb');
  const notes = `${ids.length.toLocaleString('en')} projects of 铜梁区 at demo scale ${SCALE}, ${round(ours[0].bytes / MB, 1)} MB of JSON; median of ${ROUNDS}`;
  return [
    compare({
      name: `OC4IDS package of a ${ids.length.toLocaleString('en')}-project district, streamed over HTTP`,
      unit: 's',
      value: round(seconds, 2),
      baselineName: `JSON.stringify of the same projects' read-model documents, ${round(baseline[0].bytes / MB, 1)} MB`,
      baseline: round(median(baseline, 'seconds'), 2),
      target: '≤ 3 s',
      notes: `${notes}; lower is better (ratio = Tuijin / baseline)`,
    }),
    compare({
      name: 'Memory growth of the server while streaming that package (peak RSS above the start)',
      unit: 'MB',
      value: round(growth, 1),
      baselineName: 'the same for JSON.stringify of the read-model documents',
      baseline: round(median(baseline, 'growthMb'), 1),
      target: '< 200 MB',
      notes: `peak JS heap above the start: ${round(median(ours, 'heapGrowthMb'), 1)} MB streaming, ${round(median(baseline, 'heapGrowthMb'), 1)} MB for the baseline; ${notes}; lower is better (ratio = Tuijin / baseline)`,
    }),
  ];
}
