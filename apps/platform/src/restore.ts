import { resolve } from 'path';
import { restoreLog } from '@tuijin/event-store-sqlite';
import { configFromEnv } from './config';

/**
 * `npm run restore -- FILE`: puts a backup made by `npm run backup` into TUIJIN_DATA_DIR,
 * which must be empty. The platform then starts from it and rebuilds its read models.
 */
function main(): void {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('Name the backup file: npm run restore -- FILE');
  const { dataDir } = configFromEnv();
  const { events, lastPosition } = restoreLog(resolve(file), dataDir);
  console.log(
    `Restored ${events} events (up to position ${lastPosition}) into ${dataDir}; start the platform to serve them`,
  );
}

try {
  main();
} catch (error: unknown) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
