import { SqliteEventStore } from '@tuijin/event-store-sqlite';
import { describeReadModels, rebuildInto } from '@tuijin/read-models';
import { demoLog } from './demo-log';
import { embeddedViews } from './embedded-views';
import { ratioAtMost, round, type Comparison } from './measure';

/** Demo scale 200 gives about 1.06 million events. */
const SCALE = 200;

/** Rebuilding every read model from about a million events into the platform's read-model file, beside merely reading them from the log. */
export async function rebuildBenchmark(): Promise<Comparison[]> {
  const store = new SqliteEventStore(await demoLog(SCALE));
  const events = await store.lastPosition();
  // the rebuild first, on a fresh heap as at start-up; the baseline's short-lived reads mind a used one less
  let started = performance.now();
  const views = embeddedViews();
  await rebuildInto(store, views);
  const rebuildSeconds = (performance.now() - started) / 1000;
  const report = await describeReadModels(views, events);
  await views.clear();
  views.close();
  started = performance.now();
  for (let position = 0; ;) {
    const batch = await store.readAll(position, 5000);
    if (batch.length === 0) break;
    position = batch[batch.length - 1].position;
  }
  const readSeconds = (performance.now() - started) / 1000;
  await store.close();
  return [
    {
      name: `Rebuild every read model from the log (${events.toLocaleString('en')} events)`,
      unit: 's',
      value: round(rebuildSeconds, 2),
      baselineName: 'reading the same events from the log, no projection',
      baseline: round(readSeconds, 2),
      ratio: rebuildSeconds / readSeconds,
      target: ratioAtMost(rebuildSeconds / readSeconds, 2.5),
      notes: `demo data at scale ${SCALE}; ${Object.values(report.documents)
        .reduce((a, b) => a + b, 0)
        .toLocaleString('en')} documents; digest ${report.digest}`,
    },
  ];
}
