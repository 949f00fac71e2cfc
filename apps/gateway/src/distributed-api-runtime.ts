import type { Commands, LoginAttempts } from '@tuijin/application';
import {
  remoteCommands,
  StreamWaiter,
  todayIn,
  type DistributedConfig,
  type ServiceMetrics,
  type Storage,
} from '@tuijin/composition';
import type { ApiRuntime, PublishingSettings, SecuritySettings } from '@tuijin/graphql-api';
import { AssessmentQueries, INDEXED_FIELDS, ProjectMapQueries, ReadModelQueries } from '@tuijin/read-models';
import { MemoryViewStore } from '@tuijin/view-store-memory';

/**
 * The API's runtime in the distributed topology: queries read the shared MongoDB
 * read models, commands run in the project-service, and a mutation answers once
 * the projectors have applied its change. It keeps no state, so any number of
 * api instances can run side by side.
 */
export class DistributedApiRuntime implements ApiRuntime {
  readonly commands: Commands;
  readonly queries: ReadModelQueries;
  readonly assessments: AssessmentQueries;
  readonly loginAttempts: LoginAttempts;
  readonly projectMaps: ProjectMapQueries;
  private readonly waiter: StreamWaiter;

  constructor(
    storage: Storage,
    private readonly config: DistributedConfig,
    readonly security: SecuritySettings,
    private readonly metrics: ServiceMetrics,
    readonly publishing: PublishingSettings,
  ) {
    this.commands = remoteCommands({ url: config.projectServiceUrl });
    this.queries = new ReadModelQueries(storage.views, storage.store);
    this.assessments = new AssessmentQueries(storage.views);
    this.loginAttempts = storage.loginAttempts;
    this.projectMaps = new ProjectMapQueries(storage.views);
    this.waiter = new StreamWaiter(storage.store, storage.views, config.waitTimeoutMs);
  }

  async waitFor(position: number): Promise<void> {
    const stop = this.metrics.readYourWriteWait.startTimer();
    try {
      await this.waiter.waitFor(position);
    } finally {
      stop();
    }
  }

  scratchViews(): MemoryViewStore {
    return new MemoryViewStore(INDEXED_FIELDS);
  }

  today(): string {
    return todayIn(this.config.timeZone);
  }
}
