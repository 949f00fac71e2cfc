import { rmSync } from 'fs';
import type { EventStore } from '@tuijin/application';
import { DamagedViews, SqliteViewStore } from '@tuijin/event-store-sqlite';
import { INDEXED_FIELDS, READ_MODEL_VERSION } from '@tuijin/read-models';

/** The read models' file, beside the event log in the data directory. */
export const READ_MODELS_FILE = 'read-models.sqlite';
const VERSION_KEY = 'readModelVersion';

/** What start-up made of the stored read models: the position they were kept at, or why they were rebuilt. */
export type ReadModelsOutcome =
  { kept: true; position: number; checked: 'sealed' | 'documents' } | { kept: false; reason: string };

/** The stream and version of the event at `position`: another log (a restored backup, say) has another one there. */
async function eventAt(store: EventStore, position: number): Promise<string | null> {
  if (position === 0) return null;
  const [event] = await store.readAll(position - 1, 1);
  return event?.position === position ? `${event.streamId}@${event.version}` : null;
}

/**
 * The embedded platform's read models, kept in a SQLite file so that start-up applies only the
 * events after their checkpoint instead of replaying the whole log. They are used only when
 * every document matches its checksum, they were built by this read-model version, and the
 * log still holds, at their checkpoint, the very event they were built up to (each commit
 * stores that event's name with the checkpoint); otherwise they are built again from the log.
 */
export class StoredReadModels {
  readonly views: SqliteViewStore;
  /** Why the file found at start-up could not be opened or read whole, if it could not. */
  private readonly damage?: string;
  /** How the documents were found whole: the seal of a clean stop, or each one's checksum. */
  private readonly checked: 'sealed' | 'documents' = 'documents';
  private readonly created: boolean;

  constructor(
    file: string,
    private readonly store: EventStore,
  ) {
    const options = {
      indexedFields: INDEXED_FIELDS,
      markOf: (position: number) => eventAt(store, position),
      exclusive: true,
    };
    let views: SqliteViewStore | undefined;
    try {
      views = new SqliteViewStore(file, options);
      this.checked = views.verify();
    } catch (error) {
      if (!(error instanceof DamagedViews)) throw error;
      views?.close();
      this.damage = error.message;
      for (const suffix of ['', '-wal', '-shm', '.seal']) rmSync(`${file}${suffix}`, { force: true });
      views = new SqliteViewStore(file, options);
    }
    this.views = views;
    this.created = views.meta(VERSION_KEY) === undefined;
  }

  /**
   * Decides whether the stored read models can be served as they are; if not, empties them
   * for a rebuild from the log, and says why.
   */
  async check(checkpoint: string): Promise<ReadModelsOutcome> {
    const reason = this.damage ?? (await this.unusableBecause(checkpoint));
    if (reason === undefined)
      return { kept: true, position: this.views.markedCheckpoint(checkpoint).position, checked: this.checked };
    await this.views.clear();
    this.markRebuilt();
    return { kept: false, reason };
  }

  /** Records that the read models are (being) built by this read-model version. */
  markRebuilt(): void {
    this.views.setMeta(VERSION_KEY, String(READ_MODEL_VERSION));
  }

  private async unusableBecause(checkpoint: string): Promise<string | undefined> {
    if (this.created) return 'there were none yet';
    const version = this.views.meta(VERSION_KEY);
    if (version !== String(READ_MODEL_VERSION))
      return `they were built by read-model version ${version}, not ${READ_MODEL_VERSION}`;
    const { position, mark } = this.views.markedCheckpoint(checkpoint);
    if ((await eventAt(this.store, position)) !== mark)
      return `the event log holds another event at position ${position}`;
    return undefined;
  }
}
