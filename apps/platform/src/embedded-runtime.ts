import { join } from 'path';
import { CommandDispatcher, Projector, RecordingClock, Relay, type Subscription } from '@tuijin/application';
import { MemoryEventBus } from '@tuijin/bus-memory';
import { LOG_FILE, ownerOnlyDirectory, SqliteEventStore, SqliteLoginAttempts } from '@tuijin/event-store-sqlite';
import type { ApiRuntime, PublishingSettings, SecuritySettings } from '@tuijin/graphql-api';
import { PLACEHOLDER_OC4IDS_PREFIX } from '@tuijin/open-data';
import {
  ALL_PROJECTIONS,
  AssessmentQueries,
  INDEXED_FIELDS,
  ProjectMapQueries,
  ReadModelQueries,
} from '@tuijin/read-models';
import { MemoryViewStore } from '@tuijin/view-store-memory';
import { log } from '@tuijin/logging';
import { ReadModelSnapshots, SNAPSHOT_FILE, type SnapshotOutcome } from './read-model-snapshots';

/** How often the read models are written to their snapshot while the platform runs (when they moved on). */
const SNAPSHOT_EVERY_MS = 5 * 60_000;

/**
 * Every module of Tuijin in one process: the SQLite event log is what is kept on disk; the
 * relay publishes it to the in-process bus and the projector keeps the read models in memory.
 * A snapshot of them, written every few minutes and on the way out, spares start-up the
 * replay of the whole log: only the events after the snapshot are applied.
 */
export class EmbeddedRuntime implements ApiRuntime {
  readonly store: SqliteEventStore;
  readonly views = new MemoryViewStore(INDEXED_FIELDS);
  readonly bus = new MemoryEventBus();
  readonly projector = new Projector(this.views, ALL_PROJECTIONS);
  readonly relay: Relay;
  readonly commands: CommandDispatcher;
  readonly queries: ReadModelQueries;
  readonly assessments = new AssessmentQueries(this.views);
  readonly loginAttempts: SqliteLoginAttempts;
  readonly projectMaps = new ProjectMapQueries(this.views);
  private subscription?: Subscription;
  private readonly snapshots: ReadModelSnapshots;
  private snapshotTimer?: NodeJS.Timeout;
  /** The event store's clock: only the demo seed sets it to days past. */
  readonly recording = new RecordingClock();

  constructor(
    dataDir: string,
    readonly today: () => string,
    readonly security: SecuritySettings,
    readonly publishing: PublishingSettings = { oc4idsPrefix: PLACEHOLDER_OC4IDS_PREFIX },
  ) {
    ownerOnlyDirectory(dataDir);
    this.store = new SqliteEventStore(join(dataDir, LOG_FILE), { now: this.recording.now });
    this.loginAttempts = new SqliteLoginAttempts(join(dataDir, LOG_FILE));
    this.relay = new Relay(this.store, this.bus, this.store);
    this.commands = new CommandDispatcher(this.store);
    this.queries = new ReadModelQueries(this.views, this.store);
    this.snapshots = new ReadModelSnapshots(join(dataDir, SNAPSHOT_FILE), this.store, this.views, this.projector.name);
  }

  /** Restores the read models from their snapshot, or replays the whole log; says which. */
  async start(): Promise<SnapshotOutcome> {
    const snapshot = await this.snapshots.restore();
    await this.projector.start();
    // without a snapshot the read models are empty and nobody reads them yet
    await this.projector.catchUp(this.store, { fromScratch: !snapshot.restored });
    this.subscription = await this.bus.subscribe('projector', this.projector.handle);
    await this.relay.start();
    this.snapshotTimer = setInterval(() => void this.writeSnapshot(), SNAPSHOT_EVERY_MS).unref();
    // a replayed log is kept at once, so that the next start does not replay it again
    if (!snapshot.restored) void this.writeSnapshot();
    return snapshot;
  }

  /** Writes the read models' snapshot; a failed write is logged, and the previous snapshot stays. */
  async writeSnapshot(): Promise<void> {
    try {
      await this.snapshots.write();
    } catch (error) {
      log().warn({ err: error }, 'The read models could not be written to their snapshot; the previous one is kept');
    }
  }

  waitFor(position: number): Promise<void> {
    return this.projector.waitFor(position);
  }

  scratchViews(): MemoryViewStore {
    return new MemoryViewStore(INDEXED_FIELDS);
  }

  async close(): Promise<void> {
    clearInterval(this.snapshotTimer);
    await this.relay.stop();
    await this.subscription?.close();
    await this.writeSnapshot();
    await this.store.close();
    this.loginAttempts.close();
  }
}
