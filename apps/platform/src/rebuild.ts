import { LOG_FILE, SqliteEventStore } from '@tuijin/event-store-sqlite';
import { describeReadModels, rebuildInto } from '@tuijin/read-models';
import { join } from 'path';
import { configFromEnv } from './config';
import { READ_MODELS_FILE, StoredReadModels } from './stored-read-models';

/**
 * `npm run rebuild`: replays the whole event log of TUIJIN_DATA_DIR into the platform's
 * read models, thrown away first, and prints what they hold and their digest. The digest
 * depends on nothing but the log, so two rebuilds of the same log always print the same one.
 * The platform holds the file while it runs: a rebuild started meanwhile is refused.
 */
async function main(): Promise<void> {
  const { dataDir } = configFromEnv();
  const store = new SqliteEventStore(join(dataDir, LOG_FILE));
  const readModels = new StoredReadModels(join(dataDir, READ_MODELS_FILE), store);
  const { views } = readModels;
  const started = performance.now();
  await rebuildInto(store, views);
  readModels.markRebuilt();
  const rebuilt = performance.now();
  // the digest serializes every document: on a large log it takes about as long as the rebuild
  const report = await describeReadModels(views, await store.lastPosition());
  const millis = (from: number, to: number) => Math.round(to - from);
  views.close();
  await store.close();
  console.log(`Rebuilt the read models of ${dataDir} from ${report.events} events in ${millis(started, rebuilt)} ms`);
  for (const [collection, count] of Object.entries(report.documents)) console.log(`  ${collection}: ${count}`);
  console.log(`  digest: ${report.digest} (computed in ${millis(rebuilt, performance.now())} ms)`);
}

main().catch((error: unknown) => {
  console.error(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
