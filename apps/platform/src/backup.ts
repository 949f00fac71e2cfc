import { join, resolve } from 'path';
import { backupLog, LOG_FILE } from '@tuijin/event-store-sqlite';
import { configFromEnv } from './config';

/**
 * `npm run backup -- FILE`: copies the event log of TUIJIN_DATA_DIR to FILE while the
 * platform keeps running. The log is everything: the read models are rebuilt from it.
 */
async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('Name the backup file: npm run backup -- FILE');
  const { dataDir } = configFromEnv();
  const { events, lastPosition } = await backupLog(join(dataDir, LOG_FILE), resolve(file));
  console.log(
    `Backed up the event log of ${dataDir} to ${resolve(file)}: ${events} events, up to position ${lastPosition}`,
  );
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
