import type { EventBatchHandler, EventBus, StoredEvent, Subscription } from '@tuijin/application';

/**
 * The in-process bus of the embedded topology. Each group's first live
 * subscriber gets every batch, awaited in publish order, so a projector sees
 * one stream's events in order, as a Kafka partition would give them.
 */
export class MemoryEventBus implements EventBus {
  private readonly groups = new Map<string, EventBatchHandler[]>();

  async publish(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const handlers of this.groups.values()) {
      if (handlers.length > 0) await handlers[0](events, 'all');
    }
  }

  async subscribe(group: string, handler: EventBatchHandler): Promise<Subscription> {
    const handlers = this.groups.get(group) ?? [];
    handlers.push(handler);
    this.groups.set(group, handlers);
    return {
      close: async () => {
        handlers.splice(handlers.indexOf(handler), 1);
      },
    };
  }

  async close(): Promise<void> {
    this.groups.clear();
  }
}
