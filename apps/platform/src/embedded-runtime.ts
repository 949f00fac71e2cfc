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

/**
 * Every module of Tuijin in one process: the SQLite event log is the only thing
 * on disk; the relay publishes it to the in-process bus and the projector keeps
 * the read models in memory, replaying the whole log at start-up.
 */
export class EmbeddedRuntime implements ApiRuntime {
  readonly store: SqliteEventStore;
  readonly views = new MemoryViewStore(INDEXED_FIELDS);
  readonly bus = new MemoryEventBus();
  readonly projector = new Projector(this.views, ALL_PROJECTIONS);
  readonly relay: Relay;
  readonly commands: CommandDispatcher;
  readonly queries = new ReadModelQueries(this.views);
  readonly assessments = new AssessmentQueries(this.views);
  readonly loginAttempts: SqliteLoginAttempts;
  readonly projectMaps = new ProjectMapQueries(this.views);
  private subscription?: Subscription;
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
  }

  async start(): Promise<void> {
    await this.projector.start();
    // the in-memory read models start empty and nobody reads them yet
    await this.projector.catchUp(this.store, { fromScratch: true });
    this.subscription = await this.bus.subscribe('projector', this.projector.handle);
    await this.relay.start();
  }

  waitFor(position: number): Promise<void> {
    return this.projector.waitFor(position);
  }

  scratchViews(): MemoryViewStore {
    return new MemoryViewStore(INDEXED_FIELDS);
  }

  async close(): Promise<void> {
    await this.relay.stop();
    await this.subscription?.close();
    await this.store.close();
    this.loginAttempts.close();
  }
}
