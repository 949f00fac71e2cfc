import type { StoredEvent } from './event-store';

/**
 * Handles a batch of events from one lane. A lane is a unit of order: every event of
 * a stream travels in the same lane, in log order (a Kafka partition; the in-process
 * bus has one). A consumer that keeps state per lane, like a checkpoint, keys it by lane.
 * A lane's batches are handled one after another; batches of different lanes may be
 * handled at the same time.
 */
export type EventBatchHandler = (events: StoredEvent[], lane: string) => Promise<void>;

/**
 * Hears which lanes a consumer owns from now on, each time its group shares them out, before
 * any batch of theirs. Batches of other lanes may still arrive at a consumer that was frozen
 * while its lanes moved on: it handles them before it learns of the new assignment.
 */
export type LaneAssignmentHandler = (lanes: string[]) => void;

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
  subscribe(group: string, handler: EventBatchHandler, onAssigned?: LaneAssignmentHandler): Promise<Subscription>;
  close(): Promise<void>;
}
