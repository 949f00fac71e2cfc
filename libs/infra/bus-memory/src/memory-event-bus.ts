import type {
  EventBatchHandler,
  EventBus,
  LaneAssignmentHandler,
  StoredEvent,
  Subscription,
} from '@tuijin/application';

/** The one lane of the in-process bus. */
const LANE = 'all';

interface Member {
  handler: EventBatchHandler;
  onAssigned?: LaneAssignmentHandler;
}

/**
 * The in-process bus of the embedded topology. Each group's first live
 * subscriber gets every batch, awaited in publish order, so a projector sees
 * one stream's events in order, as a Kafka partition would give them.
 */
export class MemoryEventBus implements EventBus {
  private readonly groups = new Map<string, Member[]>();

  async publish(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const members of this.groups.values()) {
      if (members.length > 0) await members[0].handler(events, LANE);
    }
  }

  async subscribe(
    group: string,
    handler: EventBatchHandler,
    onAssigned?: LaneAssignmentHandler,
  ): Promise<Subscription> {
    const members = this.groups.get(group) ?? [];
    const member = { handler, onAssigned };
    members.push(member);
    this.groups.set(group, members);
    if (members[0] === member) onAssigned?.([LANE]);
    return {
      close: async () => {
        const wasFirst = members[0] === member;
        members.splice(members.indexOf(member), 1);
        if (wasFirst) members[0]?.onAssigned?.([LANE]);
      },
    };
  }

  async close(): Promise<void> {
    this.groups.clear();
  }
}
