import { Projector, type EventBus, type StoredEvent, type Subscription, type ViewStore } from '@tuijin/application';
import { ALL_PROJECTIONS } from '@tuijin/read-models';

const checkpointOf = (lane: string) => `projector/${lane}`;

/**
 * The projector of a consumer that may own any lane (Kafka partition) of the log.
 * Each lane has its own checkpoint, `projector/<lane>`. The first batch of a lane this
 * consumer was given starts by reading it, which finishes a batch its previous owner left
 * half-committed: lanes move between instances when one dies or joins, and only the lane's
 * owner may do so. From then on the lane's checkpoint is where this consumer's own commits
 * left it, so the next batches need not read it again; a batch that failed leaves the next
 * one to read it, and finish whatever the failed one left.
 *
 * Ownership is fenced: when the group gives this consumer a lane, it claims the lane's
 * checkpoint, and every read and commit of its batches carries that claim. A consumer that
 * was frozen (paused, swapped out) past its session and lost its lanes meanwhile wakes up
 * with claims that were overtaken, so whatever batch it was in the middle of writes nothing.
 */
export class LaneProjectors {
  /** The claim on each lane of this consumer's current assignment. */
  private claims = new Map<string, Promise<number>>();
  /** The projector of each lane of the current assignment, once it read the lane's checkpoint under its claim. */
  private projectors = new Map<string, Projector>();

  constructor(
    private readonly views: ViewStore,
    private readonly onBatch: (events: number) => void = () => undefined,
  ) {}

  /** Joins the projectors' consumer group on `bus`. */
  subscribe(bus: EventBus, group: string): Promise<Subscription> {
    return bus.subscribe(group, this.handle, this.assigned);
  }

  private readonly assigned = (lanes: string[]): void => {
    this.claims = new Map(lanes.map((lane) => [lane, this.claim(lane)]));
    this.projectors = new Map();
  };

  private readonly handle = async (events: StoredEvent[], lane: string): Promise<void> => {
    const projectors = this.projectors;
    let projector = projectors.get(lane);
    if (!projector) {
      projector = new Projector(this.views, ALL_PROJECTIONS, checkpointOf(lane), await this.epochOf(lane));
      await projector.start();
    }
    // until it is done, a batch may have left its commit half-way: the next one reads the checkpoint again
    projectors.delete(lane);
    await projector.handle(events);
    projectors.set(lane, projector);
    this.onBatch(events.length);
  };

  private claim(lane: string): Promise<number> {
    const claim = this.views.claim(checkpointOf(lane));
    claim.catch(() => undefined); // a claim that failed is made again by the lane's next batch
    return claim;
  }

  private async epochOf(lane: string): Promise<number> {
    const claim = this.claims.get(lane);
    if (!claim) throw new Error(`the consumer group has not given ${lane} to this projector`);
    try {
      return await claim;
    } catch (error) {
      if (this.claims.get(lane) === claim) this.claims.set(lane, this.claim(lane));
      throw error;
    }
  }
}
