import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'fs';
import { join } from 'path';

/** The event log's file name in a data directory. */
export const LOG_FILE = 'events.sqlite';

/** The columns every Tuijin event log has; a file without them is not one. */
const LOG_COLUMNS = ['position', 'stream_id', 'version', 'type', 'occurred_on', 'recorded_at', 'actor', 'data'];

/** SQLite copies at most this many pages per step; one step holds one read transaction. */
const ALL_PAGES = 0x7fffffff;

export interface LogSummary {
  events: number;
  /** The position of the last event: the copy is the log exactly as it stood there. */
  lastPosition: number;
}

/**
 * Copies a live event log while the platform runs and writes, from any process
 * (SQLite's online backup API). Every page is copied in one step, within one read
 * transaction: the copy is the log as it stood at one position, and writers are not
 * held up (WAL). Copied in several steps, the backup would start over each time the
 * platform wrote in between. The copy is checked, made a single file (no WAL), and
 * only then takes the target's name.
 */
export async function backupLog(source: string, target: string): Promise<LogSummary> {
  if (!existsSync(source)) throw new Error(`There is no event log at ${source}`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const live = new Database(source, { fileMustExist: true });
  try {
    await live.backup(partial, { progress: () => ALL_PAGES });
  } finally {
    live.close();
  }
  const copy = new Database(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const summary = checkLog(partial);
  renameSync(partial, target);
  return summary;
}

/** Checks that a file is an intact Tuijin event log and says what it holds; the error says what is wrong. */
export function checkLog(file: string): LogSummary {
  if (!existsSync(file)) throw new Error(`There is no file ${file}`);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const columns = (db.pragma('table_info(events)') as { name: string }[]).map((column) => column.name);
    if (!LOG_COLUMNS.every((column) => columns.includes(column))) {
      throw new Error(`${file} is not a Tuijin event log (it has no table of events)`);
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} is damaged: ${String(check)}`);
    const [events, lastPosition] = db
      .prepare('SELECT COUNT(*), COALESCE(MAX(position), 0) FROM events')
      .raw()
      .get() as [number, number];
    return { events, lastPosition };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new Error(`${file} is not a Tuijin event log (not an SQLite database)`);
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Puts a backed-up log into an empty data directory; the platform rebuilds its
 * read models from it on start. A directory that holds anything is refused, so a
 * restore never mixes with or overwrites a log.
 */
export function restoreLog(backup: string, dataDir: string): LogSummary {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(
      `The data directory ${dataDir} is not empty: restore only into an empty one (move its contents away first)`,
    );
  }
  const summary = checkLog(backup);
  mkdirSync(dataDir, { recursive: true });
  const target = join(dataDir, LOG_FILE);
  copyFileSync(backup, `${target}.partial`);
  renameSync(`${target}.partial`, target);
  return summary;
}
