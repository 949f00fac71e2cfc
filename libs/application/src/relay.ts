import type { CheckpointStore } from './ports/checkpoint-store';
import type { EventBus } from './ports/event-bus';
import type { EventStore } from './ports/event-store';

/**
 * Publishes the event log to the bus, in log order, from where it last got to.
 * The log is the outbox: nothing else publishes, so no event is published that
 * was not stored. The checkpoint is saved after each published batch, so a
 * restarted relay re-sends at most one batch (consumers skip what they have seen).
 */
export class Relay {
  private position = 0;
  private running: Promise<void> | undefined;
  private pending = false;
  private stopped = false;

  constructor(
    private readonly store: EventStore,
    private readonly bus: EventBus,
    private readonly checkpoints: CheckpointStore,
    private readonly name = 'relay',
    private readonly batchSize = 1000,
    private readonly retryMs = 1000,
  ) {}

  async start(): Promise<void> {
    this.position = await this.checkpoints.load(this.name);
    this.store.onAppended(() => void this.wake().catch((error: unknown) => this.retryLater(error)));
    await this.wake();
  }

  /** Publishes everything appended so far; resolves when the bus has it all. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.pending = true;
      return this.running;
    }
    this.running = this.pump().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** A failed publish (the bus is down) is retried from the checkpoint; it never takes the process down. */
  private retryLater(error: unknown): void {
    if (this.stopped) return;
    console.error(`relay ${this.name}: publishing failed, retrying in ${this.retryMs} ms: ${(error as Error).message}`);
    setTimeout(() => void this.wake().catch((next: unknown) => this.retryLater(next)), this.retryMs).unref();
  }

  get publishedPosition(): number {
    return this.position;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async pump(): Promise<void> {
    do {
      this.pending = false;
      for (;;) {
        const events = await this.store.readAll(this.position, this.batchSize);
        if (events.length === 0 || this.stopped) break;
        await this.bus.publish(events);
        this.position = events[events.length - 1].position;
        await this.checkpoints.save(this.name, this.position);
      }
    } while (this.pending && !this.stopped);
  }
}
