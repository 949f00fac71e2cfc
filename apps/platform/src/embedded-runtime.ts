import { rmSync } from 'fs';
import { join } from 'path';
import { CommandDispatcher, Projector, RecordingClock, Relay, type Subscription } from '@tuijin/application';
import { MemoryEventBus } from '@tuijin/bus-memory';
import {
  LOG_FILE,
  ownerOnlyDirectory,
  SqliteEventStore,
  SqliteLoginAttempts,
  type SqliteViewStore,
} from '@tuijin/event-store-sqlite';
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
import { READ_MODELS_FILE, StoredReadModels, type ReadModelsOutcome } from './stored-read-models';

/** Where earlier versions kept a snapshot of in-memory read models; the read models' file replaces it. */
const FORMER_SNAPSHOT_FILE = 'read-models.snapshot';

/**
 * Every module of Tuijin in one process: the SQLite event log is the record; the relay
 * publishes it to the in-process bus and the projector keeps the read models in a SQLite file
 * beside it, so start-up applies only the events after their checkpoint.
 */
export class EmbeddedRuntime implements ApiRuntime {
  readonly store: SqliteEventStore;
  readonly views: SqliteViewStore;
  readonly bus = new MemoryEventBus();
  readonly projector: Projector;
  readonly relay: Relay;
  readonly commands: CommandDispatcher;
  readonly queries: ReadModelQueries;
  readonly assessments: AssessmentQueries;
  readonly loginAttempts: SqliteLoginAttempts;
  readonly projectMaps: ProjectMapQueries;
  private subscription?: Subscription;
  private readonly readModels: StoredReadModels;
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
    rmSync(join(dataDir, FORMER_SNAPSHOT_FILE), { force: true });
    this.readModels = new StoredReadModels(join(dataDir, READ_MODELS_FILE), this.store);
    this.views = this.readModels.views;
    this.projector = new Projector(this.views, ALL_PROJECTIONS);
    this.queries = new ReadModelQueries(this.views, this.store);
    this.assessments = new AssessmentQueries(this.views);
    this.projectMaps = new ProjectMapQueries(this.views);
  }

  /** Serves the stored read models after applying the events since their checkpoint, or rebuilds them from the log; says which. */
  async start(): Promise<ReadModelsOutcome> {
    const outcome = await this.readModels.check(this.projector.name);
    await this.projector.start();
    // empty read models are built in one go: nothing is loaded, and one commit writes them all
    await this.projector.catchUp(this.store, { fromScratch: !outcome.kept || outcome.position === 0 });
    this.subscription = await this.bus.subscribe('projector', this.projector.handle);
    // the projector is the bus's one subscriber, and has just read the log up to here
    await this.relay.start(this.projector.appliedPosition);
    return outcome;
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
    this.views.close();
    await this.store.close();
    this.loginAttempts.close();
  }
}
