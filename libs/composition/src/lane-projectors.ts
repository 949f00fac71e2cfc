import { Projector, type EventBatchHandler, type ViewStore } from '@tuijin/application';
import { ALL_PROJECTIONS } from '@tuijin/read-models';

/**
 * The projector of a consumer that may own any lane (Kafka partition) of the log.
 * Each lane has its own checkpoint, `projector/<lane>`, and every batch starts by
 * reading it, which finishes a batch its previous owner left half-committed: lanes
 * move between instances when one dies or joins, and only the lane's owner may do so.
 */
export class LaneProjectors {
  constructor(
    private readonly views: ViewStore,
    private readonly onBatch: (events: number) => void = () => undefined,
  ) {}

  readonly handle: EventBatchHandler = async (events, lane) => {
    const projector = new Projector(this.views, ALL_PROJECTIONS, `projector/${lane}`);
    await projector.start();
    await projector.handle(events);
    this.onBatch(events.length);
  };
}
