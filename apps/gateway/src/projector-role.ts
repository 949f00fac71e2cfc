import type { EventBus, Subscription } from '@tuijin/application';
import {
  LaneProjectors,
  openBus,
  type DistributedConfig,
  type ServiceMetrics,
  type Storage,
} from '@tuijin/composition';

/**
 * The gateway's projector role: one member of the projectors' Kafka consumer group,
 * writing the read models of whichever partitions the group gives it. Up to one
 * instance per partition shares the work; more stand by.
 */
export class ProjectorRole {
  private constructor(
    private readonly bus: EventBus,
    private readonly subscription: Subscription,
  ) {}

  static async start(config: DistributedConfig, storage: Storage, metrics: ServiceMetrics): Promise<ProjectorRole> {
    const bus = await openBus(config, 'gateway-projector', (partition, lag) =>
      metrics.consumerLag.set({ partition: String(partition) }, lag),
    );
    const lanes = new LaneProjectors(storage.views, (events) => metrics.eventsProjected.inc(events));
    const subscription = await lanes.subscribe(bus, config.kafka.projectorGroup);
    return new ProjectorRole(bus, subscription);
  }

  async stop(): Promise<void> {
    await this.subscription.close();
    await this.bus.close();
  }
}
