import { existsSync, mkdirSync, renameSync, rmSync } from 'fs';
import { join, resolve } from 'path';
import { CommandDispatcher } from '@tuijin/application';
import { SqliteEventStore } from '@tuijin/event-store-sqlite';

const CACHE = resolve(__dirname, '../../../tmp/bench');

/**
 * An event log written once through the ordinary command handlers by `fill`, then reused from
 * tmp/bench: generating a large one takes minutes, measuring with it seconds.
 */
export async function cachedLog(name: string, fill: (commands: CommandDispatcher) => Promise<void>): Promise<string> {
  const file = join(CACHE, `${name}.sqlite`);
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  const building = `${file}.building`;
  rmSync(building, { force: true });
  const store = new SqliteEventStore(building);
  console.error(`generating the ${name} log (once; cached in ${CACHE})…`);
  await fill(new CommandDispatcher(store));
  await store.close();
  renameSync(building, file);
  return file;
}
