import type { EventStore } from '@tuijin/application';
import { READ_MODEL_VERSION } from '@tuijin/read-models';
import {
  readViewSnapshot,
  removeUnfinishedSnapshots,
  UnusableSnapshot,
  writeViewSnapshot,
  type MemoryViewStore,
} from '@tuijin/view-store-memory';

/** The read models' snapshot, beside the event log in the data directory. */
export const SNAPSHOT_FILE = 'read-models.snapshot';

/** What a snapshot records of the log it was taken from: the position it includes, and the event found there. */
interface SnapshotMeta {
  readModelVersion: number;
  position: number;
  /** The stream and version of the event at `position`: another log (a restored backup, say) has another one there. */
  eventAtPosition: string | null;
}

/** What start-up made of the snapshot: the position it restored, or why it could not be used. */
export type SnapshotOutcome = { restored: true; position: number } | { restored: false; reason: string };

/**
 * Snapshots of the in-memory read models, so that start-up replays only the events after the
 * last snapshot instead of the whole log. A snapshot is used only when it is whole (its
 * checksum holds), was written by the same read-model version, and the log still holds, at the
 * position it includes, the very event it was taken after; otherwise the log is replayed.
 */
export class ReadModelSnapshots {
  private writing: Promise<void> = Promise.resolve();
  private writtenAt = -1;

  constructor(
    private readonly file: string,
    private readonly store: EventStore,
    private readonly views: MemoryViewStore,
    /** The checkpoint of the projector the read models belong to. */
    private readonly checkpoint: string,
  ) {}

  /** Restores the read models from the snapshot if it can be trusted, and says what happened. */
  async restore(): Promise<SnapshotOutcome> {
    await removeUnfinishedSnapshots(this.file);
    try {
      const { meta, captured } = await readViewSnapshot(this.file);
      const { readModelVersion, position, eventAtPosition } = meta as unknown as SnapshotMeta;
      if (readModelVersion !== READ_MODEL_VERSION)
        throw new UnusableSnapshot(
          `it was written by read-model version ${readModelVersion}, not ${READ_MODEL_VERSION}`,
        );
      const checkpoint = captured.checkpoints.find(([name]) => name === this.checkpoint)?.[1];
      if (checkpoint !== position) throw new UnusableSnapshot(`it includes no position of ${this.checkpoint}`);
      if ((await this.eventAt(position)) !== eventAtPosition)
        throw new UnusableSnapshot(`the event log holds another event at position ${position}`);
      this.views.restore(captured);
      this.writtenAt = position;
      return { restored: true, position };
    } catch (error) {
      if (error instanceof UnusableSnapshot) return { restored: false, reason: error.message };
      throw error;
    }
  }

  /**
   * Writes a snapshot of the read models as they are now, unless the last one already holds
   * this position (or there is nothing yet). One write at a time; documents are captured at once and written out in
   * small pieces, so requests are answered meanwhile.
   */
  write(): Promise<void> {
    // a write that failed (a full disk, say) leaves the previous snapshot and does not stop the next
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
        const captured = this.views.capture();
        const position = captured.checkpoints.find(([name]) => name === this.checkpoint)?.[1] ?? 0;
        if (position === this.writtenAt || position === 0) return;
        const meta: SnapshotMeta = {
          readModelVersion: READ_MODEL_VERSION,
          position,
          eventAtPosition: await this.eventAt(position),
        };
        await writeViewSnapshot(this.file, captured, { ...meta });
        this.writtenAt = position;
      });
    return this.writing;
  }

  private async eventAt(position: number): Promise<string | null> {
    if (position === 0) return null;
    const [event] = await this.store.readAll(position - 1, 1);
    return event?.position === position ? `${event.streamId}@${event.version}` : null;
  }
}
