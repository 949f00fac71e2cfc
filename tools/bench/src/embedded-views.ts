import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { EventStore } from '@tuijin/application';
import { SqliteViewStore } from '@tuijin/event-store-sqlite';
import { INDEXED_FIELDS, rebuildInto } from '@tuijin/read-models';

/** The read models as the embedded platform keeps them, in a SQLite file of their own (removed on exit). */
export function embeddedViews(): SqliteViewStore {
  const dir = mkdtempSync(join(tmpdir(), 'tuijin-bench-views-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return new SqliteViewStore(join(dir, 'read-models.sqlite'), { indexedFields: INDEXED_FIELDS });
}

/** Those read models built from a whole log, as a start without stored read models builds them. */
export async function rebuiltViews(store: EventStore): Promise<SqliteViewStore> {
  const views = embeddedViews();
  await rebuildInto(store, views);
  return views;
}
