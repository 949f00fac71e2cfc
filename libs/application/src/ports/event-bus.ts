import type { StoredEvent } from './event-store';

export type EventBatchHandler = (events: StoredEvent[]) => Promise<void>;

export interface Subscription {
  close(): Promise<void>;
}

/**
 * Carries stored events from the relay to projectors. Delivery is at least
 * once and in order per stream; consumers must be idempotent.
 * Implementations must pass `runEventBusContract` from `@tuijin/testing`.
 */
export interface EventBus {
  publish(events: StoredEvent[]): Promise<void>;
  /** Consumers sharing a `group` split the work; each group sees every event. */
  subscribe(group: string, handler: EventBatchHandler): Promise<Subscription>;
  close(): Promise<void>;
}
